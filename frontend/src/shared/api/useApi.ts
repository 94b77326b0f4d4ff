import { useCallback, useEffect, useState, type DependencyList } from 'react';

export type Loadable<T> =
  | { state: 'loading'; data?: undefined; error?: undefined }
  | { state: 'ok'; data: T; error?: undefined }
  | { state: 'error'; data?: undefined; error: unknown };

/** Runs `load` when deps change; `reload` runs it again. */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loadable<T> & { reload: () => void } {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    let cancelled = false;
    setResult({ state: 'loading' });
    load().then(
      (data) => !cancelled && setResult({ state: 'ok', data }),
      (error: unknown) => !cancelled && setResult({ state: 'error', error }),
    );
    return () => {
      cancelled = true;
    };
    // deps are the caller's: `load` is a new closure on every render.
  }, [...deps, tick]);

  return { ...result, reload };
}
