import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { ChangeCoachPage } from './ChangeCoachPage';
import { CoachPage } from './CoachPage';
import { CoachesListPage } from './CoachesListPage';
import { MyCoachingPage } from './MyCoachingPage';
import { NewCoachPage } from './NewCoachPage';
import { NewSupervisionPage } from './NewSupervisionPage';

export const coachesRoutes: RouteObject[] = [
  pageRoute('/coaches', ['listCoaches'], () => <CoachesListPage />),
  pageRoute('/coaches/new', ['registerCoach', 'listPeople', 'listDirectorates'], () => <NewCoachPage />),
  pageRoute('/coaches/:id', ['getCoach'], ({ id = '' }) => <CoachPage id={id} />),
  pageRoute('/coaches/:id/change', ['updateCoach', 'getCoach', 'listPeople', 'listDirectorates'], ({ id = '' }) => <ChangeCoachPage id={id} />),
  pageRoute('/coaches/:id/supervision/new', ['recordCoachSupervisionSession', 'getCoach', 'listPeople'], ({ id = '' }) => <NewSupervisionPage id={id} />),
  pageRoute('/my-coaching', ['getMyCoach'], () => <MyCoachingPage />),
];
