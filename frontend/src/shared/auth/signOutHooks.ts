type Hook = (sub: string) => void;
const hooks = new Set<Hook>();

/** Features register what must be forgotten on this device when the user signs out. */
export function registerSignOutHook(hook: Hook) {
  hooks.add(hook);
}

export function clearDraftsOnSignOut(sub: string | undefined) {
  if (!sub) return;
  for (const h of hooks) {
    try {
      h(sub);
    } catch {
      // never block signing out
    }
  }
}
