import { useState } from 'react';
import type { FieldMessage } from '../../shared/components/fields';
import type { SaveProblem } from '../../shared/components/saveProblem';
import { actionProblem } from './actionForm';
import type { SafetyAction } from './types';

export interface ActionSave {
  errors: FieldMessage[];
  problem: SaveProblem | null;
  submits: number;
  saving: boolean;
  /** Checks first (nothing is sent while there are errors), then sends; the saved action, or null. */
  run: (check: () => FieldMessage[], send: () => Promise<SafetyAction>) => Promise<SafetyAction | null>;
  clear: () => void;
}

/** One form of the action page: its own checks, then the API's answer (field errors, a stale version, a refusal). */
export function useActionSave(forbidden: string): ActionSave {
  const [errors, setErrors] = useState<FieldMessage[]>([]);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [submits, setSubmits] = useState(0);
  const [saving, setSaving] = useState(false);
  const clear = () => {
    setErrors([]);
    setProblem(null);
  };
  const run = async (check: () => FieldMessage[], send: () => Promise<SafetyAction>) => {
    if (saving) return null;
    setSubmits((s) => s + 1);
    clear();
    const found = check();
    setErrors(found);
    if (found.length) return null;
    setSaving(true);
    try {
      return await send();
    } catch (error) {
      setProblem(actionProblem(error, forbidden));
      return null;
    } finally {
      setSaving(false);
    }
  };
  return { errors, problem, submits, saving, run, clear };
}
