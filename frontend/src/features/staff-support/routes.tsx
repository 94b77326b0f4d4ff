import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { MyStaffSupportPage } from './MyStaffSupportPage';
import { StaffSupportPage } from './StaffSupportPage';

export const staffSupportRoutes: RouteObject[] = [
  pageRoute('/responses/:id/staff-support', ['listStaffSupport'], ({ id = '' }) => <StaffSupportPage id={id} />),
  pageRoute('/my-staff-support', ['listMyStaffSupport'], () => <MyStaffSupportPage />),
];
