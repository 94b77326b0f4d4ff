import { useState } from 'react';
import { ApiError, NetworkError } from '../../shared/api/errors';
import type { FieldError } from '../../shared/api/types';
import type { FieldMessage } from '../../shared/components/fields';

export interface SaveState {
  errors: FieldMessage[];
  refusals: string[];
  conflict: boolean;
  submits: number;
  saving: boolean;
}

/**
 * Runs a save after the form's own checks: field errors from the API are placed on their controls (or listed when
 * none fits), 409 is a conflict to reload, anything else a sentence for the error summary.
 */
export function useSave(controlFor: (e: FieldError) => string | null, what: string) {
  const [state, setState] = useState<SaveState>({ errors: [], refusals: [], conflict: false, submits: 0, saving: false });

  const run = async <T,>(checks: FieldMessage[], send: () => Promise<T>): Promise<T | null> => {
    if (state.saving) return null;
    setState((s) => ({ errors: checks, refusals: [], conflict: false, submits: s.submits + 1, saving: checks.length === 0 }));
    if (checks.length) return null;
    const done = (change: Partial<SaveState>) => setState((s) => ({ ...s, saving: false, ...change }));
    try {
      const result = await send();
      done({});
      return result;
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.problem?.errors?.length) {
        const placed: FieldMessage[] = [];
        const unplaced: string[] = [];
        for (const f of err.problem.errors) {
          const id = controlFor(f);
          if (id) placed.push({ id, message: f.message });
          else unplaced.push(f.message);
        }
        done({ errors: placed, refusals: unplaced });
      } else if (err instanceof ApiError && err.status === 409 && err.problem?.code === 'stale-version') done({ conflict: true });
      else if (err instanceof ApiError && err.status === 409) done({ refusals: [err.problem?.detail ?? 'This cannot be done now.'] });
      else if (err instanceof ApiError && err.status === 403) done({ refusals: [`You do not have access to ${what}.`] });
      else if (err instanceof NetworkError) done({ refusals: ['We could not connect to the service. Check your connection and try again.'] });
      else if (err instanceof ApiError && err.status === 401) done({});
      else done({ refusals: ['Sorry, there is a problem with the service. Try again later.'] });
      return null;
    }
  };
  return { ...state, run };
}
