import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { User, UserManager } from 'oidc-client-ts';
import { call, createApiClient, type ApiClient } from '../api/client';
import type { CurrentUser } from '../api/types';
import { clearDraftsOnSignOut } from './signOutHooks';

export type AuthStatus = 'loading' | 'signed-out' | 'signed-in';

export interface AuthState {
  status: AuthStatus;
  user: User | null;
  /** GET /api/v1/me once signed in; null while loading or when it failed. */
  me: CurrentUser | null;
  meError: unknown;
  /** True when the service kept refusing a fresh token: signing in again would loop. */
  authFailed: boolean;
  api: ApiClient;
  signIn: (returnTo?: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

/** For tests and previews: provide a ready-made state. */
export const AuthStateProvider = AuthContext.Provider;

const REAUTH_KEY = 'psirf.reauthAt';

function currentPath() {
  return window.location.pathname + window.location.search;
}

export function AuthProvider({ manager, children }: { manager: UserManager; children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [status, setStatus] = useState<AuthStatus>('loading');
  const [me, setMe] = useState<CurrentUser | null>(null);
  const [meError, setMeError] = useState<unknown>(null);
  const [authFailed, setAuthFailed] = useState(false);
  const redirecting = useRef(false);
  const signingOut = useRef(false);

  const signIn = useCallback(
    async (returnTo = currentPath()) => {
      // Signing out removes the user first: pages that need a user must not start a new sign in then.
      if (signingOut.current) return;
      redirecting.current = true;
      await manager.signinRedirect({ state: { returnTo } });
    },
    [manager],
  );

  const signOut = useCallback(async () => {
    signingOut.current = true;
    const u = await manager.getUser();
    clearDraftsOnSignOut(u?.profile.sub);
    sessionStorage.removeItem(REAUTH_KEY);
    try {
      await manager.signoutRedirect();
    } catch {
      // The identity provider is unreachable: forget the tokens here at least.
      await manager.removeUser();
      window.location.assign('/');
    }
  }, [manager]);

  const onUnauthorized = useCallback(() => {
    if (redirecting.current || signingOut.current) return;
    const last = Number(sessionStorage.getItem(REAUTH_KEY) ?? 0);
    if (Date.now() - last < 30_000) {
      setAuthFailed(true);
      return;
    }
    sessionStorage.setItem(REAUTH_KEY, String(Date.now()));
    redirecting.current = true;
    void manager.removeUser().then(() => manager.signinRedirect({ state: { returnTo: currentPath() } }));
  }, [manager]);

  const api = useMemo(
    () =>
      createApiClient(async () => {
        const u = await manager.getUser();
        return u && !u.expired ? u.access_token : null;
      }, onUnauthorized),
    [manager, onUnauthorized],
  );

  useEffect(() => {
    let cancelled = false;
    (async () => {
      let u = await manager.getUser();
      if (u?.expired) {
        try {
          u = u.refresh_token ? await manager.signinSilent() : null;
        } catch {
          u = null;
        }
        if (!u) await manager.removeUser();
      }
      if (!cancelled) {
        setUser(u);
        setStatus(u ? 'signed-in' : 'signed-out');
      }
    })();
    const loaded = (u: User) => {
      setUser(u);
      setStatus('signed-in');
    };
    const unloaded = () => {
      setUser(null);
      setMe(null);
      setStatus('signed-out');
    };
    manager.events.addUserLoaded(loaded);
    manager.events.addUserUnloaded(unloaded);
    return () => {
      cancelled = true;
      manager.events.removeUserLoaded(loaded);
      manager.events.removeUserUnloaded(unloaded);
    };
  }, [manager]);

  const sub = user?.profile.sub;
  useEffect(() => {
    if (!sub) return;
    let cancelled = false;
    setMeError(null);
    call(api.GET('/api/v1/me'))
      .then((m) => {
        if (!cancelled) setMe(m);
      })
      .catch((e) => {
        if (!cancelled) setMeError(e);
      });
    return () => {
      cancelled = true;
    };
  }, [api, sub]);

  const value = useMemo<AuthState>(
    () => ({ status, user, me, meError, authFailed, api, signIn, signOut }),
    [status, user, me, meError, authFailed, api, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
