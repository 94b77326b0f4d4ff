import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { AuditPage } from './AuditPage';

export const auditRoutes: RouteObject[] = [pageRoute('/audit', ['listAuditEntries'], () => <AuditPage />)];
