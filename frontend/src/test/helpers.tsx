import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, RouterProvider, Routes, createMemoryRouter, useLocation } from 'react-router';
import { vi } from 'vitest';
import type { ApiClient } from '../shared/api/client';
import type { CurrentUser, Taxonomy } from '../shared/api/types';
import { AuthStateProvider, type AuthState } from '../shared/auth/AuthContext';

export const TAXONOMY: Taxonomy = {
  eventTypes: [
    { code: 'incident', display: 'Incident' },
    { code: 'near-miss', display: 'Near miss' },
    { code: 'no-harm-incident', display: 'No harm incident' },
    { code: 'good-care', display: 'Good care' },
  ],
  categories: [
    { code: 'pressure-ulcer', display: 'Pressure ulcer' },
    { code: 'medication', display: 'Medication' },
  ],
  physicalHarm: [
    { code: '5', display: 'No physical harm' },
    { code: '4', display: 'Low physical harm' },
    { code: '3', display: 'Moderate physical harm' },
    { code: '2', display: 'Severe physical harm' },
    { code: '1', display: 'Fatal' },
  ],
  psychologicalHarm: [
    { code: '4', display: 'No psychological harm' },
    { code: '3', display: 'Low psychological harm' },
    { code: '2', display: 'Moderate psychological harm' },
    { code: '1', display: 'Severe psychological harm' },
  ],
  ageBrackets: [{ code: '11', display: '80 to 89 years' }],
  genders: [{ code: '1', display: 'Male' }, { code: '2', display: 'Female' }],
  ethnicities: [{ code: '11', display: 'White British' }],
  staffTypes: [{ code: '5', display: 'Nursing' }],
};

export function authState(over: Partial<AuthState> & { roles?: CurrentUser['roles'] } = {}): AuthState {
  const { roles, ...rest } = over;
  return {
    status: 'signed-in',
    user: { profile: { sub: 'sam' }, access_token: 't', expired: false } as unknown as AuthState['user'],
    me: roles ? { sub: 'sam', name: 'Sam Staff', roles } : null,
    meError: null,
    authFailed: false,
    api: {} as ApiClient,
    signIn: vi.fn(async () => undefined),
    signOut: vi.fn(async () => undefined),
    ...rest,
  };
}

export function renderAt(path: string, routes: { path: string; element: ReactNode }[], auth: AuthState) {
  return render(
    <AuthStateProvider value={auth}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          {routes.map((r) => (
            <Route key={r.path} path={r.path} element={r.element} />
          ))}
          <Route path="*" element={<p>Elsewhere</p>} />
        </Routes>
      </MemoryRouter>
    </AuthStateProvider>,
  );
}

/** As renderAt, under a data router as the app has (App.tsx), for pages that hold navigation (useBlocker). */
export function renderInDataRouter(path: string, routes: { path: string; element: ReactNode }[], auth: AuthState) {
  const router = createMemoryRouter([...routes, { path: '*', element: <p>Elsewhere</p> }], { initialEntries: [path] });
  return {
    router,
    ...render(
      <AuthStateProvider value={auth}>
        <RouterProvider router={router} />
      </AuthStateProvider>,
    ),
  };
}

/** A route element that shows where the app went (path and query), for navigation tests. */
export function ShowLocation() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname + location.search}</p>;
}
