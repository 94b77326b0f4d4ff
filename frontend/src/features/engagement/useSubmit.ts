import { useState } from 'react';
import { ApiError, NetworkError } from '../../shared/api/errors';
import type { FieldMessage } from '../../shared/components/fields';

export interface Submission {
  errors: FieldMessage[];
  refusals: string[];
  conflict: boolean;
  submits: number;
  saving: boolean;
  /** Checks first (errors shown, nothing sent), then sends; true when saved. */
  submit: (check: () => FieldMessage[], send: () => Promise<void>) => Promise<boolean>;
  reset: () => void;
}

/**
 * One form's submission: the form's own checks, then the API's refusals placed on the fields they name
 * (`fieldIds` maps the API's field to the control; `checklist[0].code` style paths fall back to the summary).
 */
export function useSubmit(fieldIds: Record<string, string>): Submission {
  const [errors, setErrors] = useState<FieldMessage[]>([]);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [submits, setSubmits] = useState(0);
  const [saving, setSaving] = useState(false);

  const reset = () => {
    setErrors([]);
    setRefusals([]);
    setConflict(false);
  };

  const submit = async (check: () => FieldMessage[], send: () => Promise<void>) => {
    if (saving) return false;
    setSubmits((s) => s + 1);
    reset();
    const errs = check();
    setErrors(errs);
    if (errs.length) return false;
    setSaving(true);
    try {
      await send();
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.problem?.errors?.length) {
        const placed: FieldMessage[] = [];
        const unplaced: string[] = [];
        for (const f of err.problem.errors) {
          const id = fieldIds[f.field];
          if (id) placed.push({ id, message: f.message });
          else unplaced.push(f.message);
        }
        setErrors(placed);
        setRefusals(unplaced);
      } else if (err instanceof ApiError && err.status === 409) setConflict(true);
      else if (err instanceof ApiError && err.status === 403) setRefusals(['You do not have access to change this.']);
      else if (err instanceof ApiError && err.status === 404) setRefusals(['This was not found. It may have been removed.']);
      else if (err instanceof NetworkError) setRefusals(['We could not connect to the service. Check your connection and try again.']);
      else if (!(err instanceof ApiError && err.status === 401)) setRefusals(['Sorry, there is a problem with the service. Try again later.']);
      return false;
    } finally {
      setSaving(false);
    }
  };
  return { errors, refusals, conflict, submits, saving, submit, reset };
}
