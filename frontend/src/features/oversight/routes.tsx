import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { NewOversightGroupPage } from './NewOversightGroupPage';
import { OversightGroupPage } from './OversightGroupPage';
import { OversightGroupsPage } from './OversightGroupsPage';
import { OversightPlanPage } from './OversightPlanPage';
import { OversightResponsePage } from './OversightResponsePage';

export const oversightRoutes: RouteObject[] = [
  pageRoute('/oversight-groups', ['listOversightGroups'], () => <OversightGroupsPage />),
  pageRoute('/oversight-groups/new', ['createOversightGroup'], () => <NewOversightGroupPage />),
  pageRoute('/oversight-groups/:id', ['getOversightGroup'], ({ id = '' }) => <OversightGroupPage id={id} />),
  pageRoute('/oversight-groups/:id/responses/:responseId', ['getOversightResponse'], ({ id = '', responseId = '' }) => (
    <OversightResponsePage groupId={id} responseId={responseId} />
  )),
  pageRoute('/oversight-groups/:id/improvement-plans/:planId', ['getOversightPlan'], ({ id = '', planId = '' }) => (
    <OversightPlanPage groupId={id} planId={planId} />
  )),
];
