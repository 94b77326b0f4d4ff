import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { WorkPage } from './WorkPage';

export const investigationRoutes: RouteObject[] = [
  pageRoute('/responses/:id/work', ['getInvestigation'], ({ id = '' }) => <WorkPage id={id} />),
];
