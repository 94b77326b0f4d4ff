import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { EngagementPage } from './EngagementPage';

export const engagementRoutes: RouteObject[] = [
  pageRoute('/responses/:id/engagement', ['getEngagement'], ({ id = '' }) => <EngagementPage id={id} />),
];
