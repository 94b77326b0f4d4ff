import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { PlanEditorPage } from './PlanEditorPage';
import { PlanVersionPage } from './PlanVersionPage';
import { ResponsePlanPage } from './ResponsePlanPage';

export const responsePlanRoutes: RouteObject[] = [
  pageRoute('/plan', ['getResponsePlanInForce'], () => <ResponsePlanPage />),
  pageRoute('/plan/new', ['createResponsePlanDraft'], () => <PlanEditorPage />),
  pageRoute('/plan/versions/:id', ['getResponsePlanVersion'], ({ id = '' }) => <PlanVersionPage id={id} />),
  pageRoute('/plan/versions/:id/edit', ['getResponsePlanVersion', 'updateResponsePlanDraft'], ({ id = '' }) => <PlanEditorPage id={id} />),
];
