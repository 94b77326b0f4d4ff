import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { CommunitiesListPage } from './CommunitiesListPage';
import { CommunityPage } from './CommunityPage';
import { NewCommunityPage } from './NewCommunityPage';
import { NewMaterialPage } from './NewMaterialPage';
import { NewMeetingPage } from './NewMeetingPage';
import { NewProgrammePage } from './NewProgrammePage';
import { NewSessionPage } from './NewSessionPage';
import { ProgrammePage } from './ProgrammePage';
import { ProgrammesListPage } from './ProgrammesListPage';
import { SessionPage } from './SessionPage';

export const programmesRoutes: RouteObject[] = [
  pageRoute('/programmes', ['listProgrammes'], () => <ProgrammesListPage />),
  pageRoute('/programmes/new', ['createProgramme'], () => <NewProgrammePage />),
  pageRoute('/programmes/:id', ['getProgramme'], ({ id = '' }) => <ProgrammePage id={id} />),
  pageRoute('/programmes/:id/sessions/new', ['addProgrammeSession'], ({ id = '' }) => <NewSessionPage programmeId={id} />),
  pageRoute('/programmes/:id/materials/new', ['addProgrammeMaterial'], ({ id = '' }) => <NewMaterialPage programmeId={id} />),
  pageRoute('/programme-sessions/:id', ['getProgrammeSession'], ({ id = '' }) => <SessionPage id={id} />),
  pageRoute('/communities-of-practice', ['listCommunitiesOfPractice'], () => <CommunitiesListPage />),
  pageRoute('/communities-of-practice/new', ['createCommunityOfPractice'], () => <NewCommunityPage />),
  pageRoute('/communities-of-practice/:id', ['getCommunityOfPractice'], ({ id = '' }) => <CommunityPage id={id} />),
  pageRoute('/communities-of-practice/:id/meetings/new', ['addCommunityMeeting'], ({ id = '' }) => <NewMeetingPage communityId={id} />),
];
