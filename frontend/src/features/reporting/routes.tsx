import { Navigate, type RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { CheckPage } from './CheckPage';
import { DonePage } from './DonePage';
import { MyReportPage, MyReportsPage } from './MyReportsPage';
import { DetailsPage, EventPage, PatientPage, StaffPage } from './pages';
import { ReportingProvider } from './ReportingContext';

export const reportingRoutes: RouteObject[] = [
  pageRoute('/report', ['reportEvent'], () => <ReportingProvider />, [
    { index: true, element: <Navigate to="/report/event" replace /> },
    { path: 'event', element: <EventPage /> },
    { path: 'details', element: <DetailsPage /> },
    { path: 'patient', element: <PatientPage /> },
    { path: 'staff', element: <StaffPage /> },
    { path: 'check', element: <CheckPage /> },
  ]),
  pageRoute('/report/done', ['reportEvent'], () => <DonePage />),
  pageRoute('/my-reports', ['listMyReports'], () => <MyReportsPage />),
  // The reporter's own view of an event: opened from their list, so it needs the list's roles too.
  pageRoute('/my-reports/:id', ['listMyReports', 'getEvent'], ({ id = '' }) => <MyReportPage id={id} />),
];
