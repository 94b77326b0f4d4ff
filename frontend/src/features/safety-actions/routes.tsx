import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { ActionPage } from './ActionPage';
import { ActionsListPage } from './ActionsListPage';
import { MyActionsPage } from './MyActionsPage';
import { NewActionPage } from './NewActionPage';

export const safetyActionsRoutes: RouteObject[] = [
  pageRoute('/actions', ['listSafetyActions'], () => <ActionsListPage />),
  pageRoute('/actions/new', ['createSafetyAction'], () => <NewActionPage />),
  pageRoute('/actions/:id', ['getSafetyAction'], ({ id = '' }) => <ActionPage id={id} />),
  pageRoute('/my-actions', ['listMySafetyActions'], () => <MyActionsPage />),
];
