import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

export interface RuntimeConfig {
  authority: string;
  clientId: string;
}

export function parseConfig(body: unknown): RuntimeConfig {
  const c = body as Partial<RuntimeConfig> | null;
  if (!c || typeof c.authority !== 'string' || typeof c.clientId !== 'string' || !c.authority || !c.clientId) {
    throw new Error('config.json must have "authority" and "clientId"');
  }
  return { authority: c.authority, clientId: c.clientId };
}

/** Reads /config.json from the SPA's own origin. */
export async function loadConfig(): Promise<RuntimeConfig> {
  const res = await fetch('/config.json', { cache: 'no-store', headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`config.json: HTTP ${res.status}`);
  return parseConfig(await res.json());
}

/** Authorization code + PKCE; tokens and login state in sessionStorage. */
export function createUserManager(config: RuntimeConfig, origin = window.location.origin): UserManager {
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${origin}/callback`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    // Renewal uses the refresh token; no hidden iframe (works under a strict CSP).
    monitorSession: false,
  });
}
