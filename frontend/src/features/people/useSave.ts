import { useState, type FormEvent } from 'react';
import type { FieldMessage } from '../../shared/components/fields';
import { saveProblemFrom, type SaveProblem } from '../../shared/components/saveProblem';

/** One form's save: checks first (nothing is sent while there are errors), then maps a refusal to the error summary. */
export function useSave(options: { check: () => FieldMessage[]; send: () => Promise<void>; fieldId: (field: string) => string; forbidden: string }) {
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [submits, setSubmits] = useState(0);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSubmits((s) => s + 1);
    const errors = options.check();
    setProblem(errors.length ? { kind: 'fields', errors } : null);
    if (errors.length) return;
    setSaving(true);
    try {
      await options.send();
    } catch (err) {
      setProblem(saveProblemFrom(err, options.fieldId, options.forbidden));
    } finally {
      setSaving(false);
    }
  };
  return { problem, setProblem, saving, submits, submit };
}
