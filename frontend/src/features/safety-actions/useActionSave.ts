import type { FieldMessage } from '../../shared/components/fields';
import type { FormProblem } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { actionWords, ACTION_FIELD_IDS } from './actionForm';
import type { SafetyAction } from './types';

export interface ActionSave {
  problem: FormProblem;
  fieldErrors: Record<string, string | undefined>;
  submits: number;
  saving: boolean;
  /** Checks first (nothing is sent while there are errors), then sends; the saved action, or null. */
  run: (check: () => FieldMessage[], send: () => Promise<SafetyAction>) => Promise<SafetyAction | null>;
  clear: () => void;
}

/**
 * One form of the action page: its own checks, then the API's answer (field errors, a stale version, a refusal);
 * `ids` maps the API's field names to this form's controls.
 */
export function useActionSave(forbidden: string, ids: Record<string, string> = ACTION_FIELD_IDS): ActionSave {
  const s = useSubmit(actionWords(forbidden, ids));
  const run: ActionSave['run'] = async (check, send) => (await s.run(check, send))?.result ?? null;
  return { problem: s.problem, fieldErrors: s.fieldErrors, submits: s.submits, saving: s.saving, run, clear: s.clear };
}
