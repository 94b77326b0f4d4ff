import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { CompliancePage } from './CompliancePage';
import { MyTrainingPage } from './MyTrainingPage';
import { NewPersonPage } from './NewPersonPage';
import { PeopleListPage } from './PeopleListPage';
import { PersonPage } from './PersonPage';

export const peopleRoutes: RouteObject[] = [
  pageRoute('/people', ['listPeople'], () => <PeopleListPage />),
  pageRoute('/people/new', ['createPerson'], () => <NewPersonPage />),
  pageRoute('/people/:id', ['getPerson', 'getTrainingRecord'], ({ id = '' }) => <PersonPage id={id} />),
  pageRoute('/training/compliance', ['getTrainingCompliance'], () => <CompliancePage />),
  pageRoute('/my-training', ['getMyTraining'], () => <MyTrainingPage />),
];
