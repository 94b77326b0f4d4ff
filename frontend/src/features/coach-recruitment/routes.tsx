import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { CandidatePage } from './CandidatePage';
import { CandidatesListPage } from './CandidatesListPage';
import { JobDescriptionPage } from './JobDescriptionPage';
import { NewCandidatePage } from './NewCandidatePage';
import { SignStepPage } from './SignStepPage';
import { WithdrawPage } from './WithdrawPage';

export const coachRecruitmentRoutes: RouteObject[] = [
  pageRoute('/coach-recruitment', ['listCoachCandidates'], () => <CandidatesListPage />),
  pageRoute('/coach-recruitment/new', ['recordExpressionOfInterest', 'listDirectorates'], () => <NewCandidatePage />),
  pageRoute('/coach-recruitment/job-description', ['getCoachJobDescription'], () => <JobDescriptionPage />),
  pageRoute('/coach-recruitment/:id', ['getCoachCandidate'], ({ id = '' }) => <CandidatePage id={id} />),
  pageRoute('/coach-recruitment/:id/steps/:step', ['getCoachCandidate', 'signRecruitmentStep'], ({ id = '', step = '' }) => <SignStepPage id={id} step={step} />),
  pageRoute('/coach-recruitment/:id/withdraw', ['withdrawCoachCandidate'], ({ id = '' }) => <WithdrawPage id={id} />),
];
