import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import type { OperationId } from '../../shared/auth/roles';
import { CasePage } from './CasePage';
import { CasesPage } from './CasesPage';
import { NewCasePage } from './NewCasePage';
import { TriageEventPage } from './TriageEventPage';
import { TriageQueuePage } from './TriageQueuePage';

/** What the triage page of one event loads: the event and its documents (others may link to it when they may). */
export const TRIAGE_EVENT_OPERATIONS: OperationId[] = ['getEvent', 'listEventDocuments'];

export const triageRoutes: RouteObject[] = [
  pageRoute('/triage', ['listTriageQueue'], () => <TriageQueuePage />),
  pageRoute('/triage/:id', TRIAGE_EVENT_OPERATIONS, ({ id = '' }) => <TriageEventPage id={id} />),
  pageRoute('/cases', ['listCases'], () => <CasesPage />),
  pageRoute('/cases/new', ['createCase'], () => <NewCasePage />),
  pageRoute('/cases/:id', ['getCase'], ({ id = '' }) => <CasePage id={id} />),
];
