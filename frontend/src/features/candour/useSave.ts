import type { FieldError } from '../../shared/api/types';
import type { FieldMessage } from '../../shared/components/fields';
import { useSubmit } from '../../shared/forms/useSubmit';

/**
 * Runs a save after the form's own checks: field errors from the API are placed on their controls (or listed when
 * none fits), a stale version is a conflict to reload, another 409 says why it cannot be done now.
 */
export function useSave(controlFor: (e: FieldError) => string | null, what: string) {
  const s = useSubmit({ fieldId: controlFor, forbidden: `You do not have access to ${what}.`, refusedNow: 'This cannot be done now.' });
  const run = async <T,>(checks: FieldMessage[], send: () => Promise<T>): Promise<T | null> => (await s.run(() => checks, send))?.result ?? null;
  return { problem: s.problem, errors: s.problem.errors, submits: s.submits, saving: s.saving, run };
}
