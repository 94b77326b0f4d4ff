import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { EditDecisionPage, NewDecisionPage } from './DecisionEditorPage';
import { DecisionPage } from './DecisionPage';
import { DecisionsListPage } from './DecisionsListPage';

export const decisionsRoutes: RouteObject[] = [
  pageRoute('/decisions', ['listDecisions'], () => <DecisionsListPage />),
  pageRoute('/decisions/new', ['getResponseProposal', 'recordDecision'], () => <NewDecisionPage />),
  // Open to a chair with only the staff role, who approves the decision there.
  pageRoute('/decisions/:id', ['getDecision'], ({ id = '' }) => <DecisionPage id={id} />),
  pageRoute('/decisions/:id/edit', ['getDecision', 'updateDecision'], ({ id = '' }) => <EditDecisionPage id={id} />),
];
