import { useEffect, type ReactNode } from 'react';
import type { Role } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { hasAnyRole } from '../auth/roles';
import { AccessDenied, ApiErrorView, Loading, SigningIn } from './states';
import { usePageTitle } from './usePageTitle';

function SignInFailed() {
  usePageTitle('We could not sign you in');
  return (
    <>
      <h1>We could not sign you in</h1>
      <p>The service did not accept your sign in. Close the browser tab and try again later.</p>
    </>
  );
}

/** Signed-in users only: anyone else goes to the sign in page and comes back here. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, signIn, authFailed } = useAuth();
  useEffect(() => {
    if (status === 'signed-out') void signIn();
  }, [status, signIn]);
  if (authFailed) return <SignInFailed />;
  if (status !== 'signed-in') return <SigningIn />;
  return <>{children}</>;
}

/** Signed in and holding one of `roles` (as GET /api/v1/me says); otherwise "You do not have access". */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  return (
    <RequireAuth>
      <RoleGate roles={roles}>{children}</RoleGate>
    </RequireAuth>
  );
}

function RoleGate({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { me, meError } = useAuth();
  if (meError) return <ApiErrorView error={meError} />;
  if (!me) return <Loading />;
  if (!hasAnyRole(me.roles, roles)) return <AccessDenied />;
  return <>{children}</>;
}
