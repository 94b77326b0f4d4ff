import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { User, UserManager } from 'oidc-client-ts';
import { Loading } from '../components/states';
import { usePageTitle } from '../components/usePageTitle';

let pending: Promise<User | undefined> | null = null;

/** Only paths inside this app; never back to /callback. */
export function safeReturnTo(state: unknown): string {
  const r = (state as { returnTo?: unknown } | null)?.returnTo;
  if (typeof r !== 'string' || !r.startsWith('/') || r.startsWith('//') || r.startsWith('/callback')) return '/';
  return r;
}

/** Finishes the authorization code + PKCE flow at /callback, then goes back where the user was. */
export function CallbackPage({ manager }: { manager: UserManager }) {
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  usePageTitle(failed ? 'We could not sign you in' : 'Signing you in');

  useEffect(() => {
    // Runs once even when React mounts the page twice (StrictMode): the code can be used only once.
    pending ??= manager.signinRedirectCallback();
    pending.then(
      (user) => navigate(safeReturnTo(user?.state), { replace: true }),
      () => setFailed(true),
    );
  }, [manager, navigate]);

  if (!failed) return <Loading what="Signing you in" />;
  return (
    <>
      <h1>We could not sign you in</h1>
      <p>The sign in took too long or was interrupted.</p>
      <p>
        <Link to="/">Go to the home page and sign in again</Link>
      </p>
    </>
  );
}
