import { useState } from 'react';
import { Outlet, RouterProvider, createBrowserRouter, type RouteObject } from 'react-router';
import type { UserManager } from 'oidc-client-ts';
import { auditRoutes } from './features/audit/routes';
import { beingFairRoutes } from './features/being-fair/routes';
import { candourRoutes } from './features/candour/routes';
import { decisionsRoutes } from './features/decisions/routes';
import { engagementRoutes } from './features/engagement/routes';
import { homeRoutes } from './features/home/routes';
import { improvementPlansRoutes } from './features/improvement-plans/routes';
import { investigationRoutes } from './features/investigation/routes';
import { oversightRoutes } from './features/oversight/routes';
import { partnersRoutes } from './features/partners/routes';
import { coachRecruitmentRoutes } from './features/coach-recruitment/routes';
import { qiProjectsRoutes } from './features/qi-projects/routes';
import { programmesRoutes } from './features/programmes/routes';
import { coachesRoutes } from './features/coaches/routes';
import { coachingRoutes } from './features/coaching/routes';
import { peopleRoutes } from './features/people/routes';
import { reportingRoutes } from './features/reporting/routes';
import { responsePlanRoutes } from './features/response-plan/routes';
import { responsesRoutes } from './features/responses/routes';
import { safetyActionsRoutes } from './features/safety-actions/routes';
import { staffSupportRoutes } from './features/staff-support/routes';
import { triageRoutes } from './features/triage/routes';
import { AuthProvider } from './shared/auth/AuthContext';
import { CallbackPage } from './shared/auth/CallbackPage';
import { Layout } from './shared/components/layout';
import { NotFound } from './shared/components/states';

/** Every feature's pages; each feature's routes.tsx says which operations its pages need. */
export const FEATURE_ROUTES: RouteObject[] = [
  ...homeRoutes,
  ...reportingRoutes,
  ...triageRoutes,
  ...auditRoutes,
  ...responsePlanRoutes,
  ...decisionsRoutes,
  ...responsesRoutes,
  ...engagementRoutes,
  ...candourRoutes,
  ...staffSupportRoutes,
  ...safetyActionsRoutes,
  ...investigationRoutes,
  ...improvementPlansRoutes,
  ...peopleRoutes,
  ...oversightRoutes,
  ...beingFairRoutes,
  ...partnersRoutes,
  ...coachRecruitmentRoutes,
  ...qiProjectsRoutes,
  ...programmesRoutes,
  ...coachesRoutes,
  ...coachingRoutes,
];

function AppShell({ manager }: { manager: UserManager }) {
  return (
    <AuthProvider manager={manager}>
      <Layout>
        <Outlet />
      </Layout>
    </AuthProvider>
  );
}

/** The app's routes under the sign-in and layout shell: the features' pages, the sign-in callback and "not found". */
export function appRoutes(manager: UserManager): RouteObject[] {
  return [
    {
      element: <AppShell manager={manager} />,
      children: [...FEATURE_ROUTES, { path: '/callback', element: <CallbackPage manager={manager} /> }, { path: '*', element: <NotFound /> }],
    },
  ];
}

/** A data router, so that a page can hold the reader before unsaved changes are lost (useBlocker). */
export function App({ manager }: { manager: UserManager }) {
  const [router] = useState(() => createBrowserRouter(appRoutes(manager)));
  return <RouterProvider router={router} />;
}
