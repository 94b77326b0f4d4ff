import { useState, type FormEvent } from 'react';
import { ApiError, NetworkError } from '../../shared/api/errors';
import type { FieldMessage } from '../../shared/components/fields';
import type { LearningResponse } from './types';

export interface ResponseAction {
  errors: FieldMessage[];
  refusals: string[];
  conflict: boolean;
  submits: number;
  saving: boolean;
  /** Checks the form (`check` returns its errors), then sends it; the updated response goes to `onDone`. */
  run: (e: FormEvent, check: () => FieldMessage[], send: () => Promise<LearningResponse>) => Promise<boolean>;
}

/**
 * One change to a learning response (team, target, extension, pause, resumption): the form's own checks, then the
 * API's, each 400 error placed on its control by `controlFor` (or listed in the summary), 409 and 403 explained.
 */
export function useResponseAction(
  forbidden: string,
  controlFor: (field: string) => string | undefined,
  onDone: (r: LearningResponse) => void,
): ResponseAction {
  const [errors, setErrors] = useState<FieldMessage[]>([]);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [submits, setSubmits] = useState(0);
  const [saving, setSaving] = useState(false);

  const run: ResponseAction['run'] = async (e, check, send) => {
    e.preventDefault();
    if (saving) return false;
    setSubmits((s) => s + 1);
    setRefusals([]);
    setConflict(false);
    const errs = check();
    setErrors(errs);
    if (errs.length) return false;
    setSaving(true);
    try {
      onDone(await send());
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.problem?.errors?.length) {
        const placed: FieldMessage[] = [];
        const unplaced: string[] = [];
        for (const f of err.problem.errors) {
          const id = controlFor(f.field);
          if (id) placed.push({ id, message: f.message });
          else unplaced.push(f.message);
        }
        setErrors(placed);
        setRefusals(unplaced);
      } else if (err instanceof ApiError && err.status === 409) {
        if (err.problem?.code === 'stale-version') setConflict(true);
        else setRefusals([err.problem?.detail ?? 'This change cannot be made now.']);
      } else if (err instanceof ApiError && err.status === 403) setRefusals([forbidden]);
      else if (err instanceof NetworkError) setRefusals(['We could not connect to the service. Check your connection and try again.']);
      else if (!(err instanceof ApiError && err.status === 401)) setRefusals(['Sorry, there is a problem with the service. Try again later.']);
      return false;
    } finally {
      setSaving(false);
    }
  };
  return { errors, refusals, conflict, submits, saving, run };
}
