import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { CoachingListPage } from './CoachingListPage';
import { ContractPage } from './ContractPage';
import { NewContractPage } from './NewContractPage';
import { RecordSessionPage } from './RecordSessionPage';
import { SharedRecordsPage } from './SharedRecordsPage';

export const coachingRoutes: RouteObject[] = [
  pageRoute('/coaching', ['listCoachingContracts'], () => <CoachingListPage />),
  pageRoute('/coaching/new', ['createCoachingContract'], () => <NewContractPage />),
  pageRoute('/coaching/shared', ['listSharedCoachingRecords'], () => <SharedRecordsPage />),
  pageRoute('/coaching/:id', ['getCoachingContract'], ({ id = '' }) => <ContractPage id={id} />),
  pageRoute('/coaching/:id/sessions/new', ['recordCoachingSession'], ({ id = '' }) => <RecordSessionPage id={id} />),
];
