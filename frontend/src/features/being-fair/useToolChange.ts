import { useState } from 'react';
import type { FieldMessage } from '../../shared/components/fields';
import { NO_PROBLEM, toolProblemFrom, type ToolProblem } from './problems';

/**
 * One change of the Being Fair tool: the form's own checks first (nothing sent while any fails), then the call;
 * its result goes to `onDone`, or what stopped it to `problem` (the API's fields placed by `fieldIds`).
 */
export function useToolChange<T>(onDone: (result: T) => void) {
  const [problem, setProblem] = useState<ToolProblem>(NO_PROBLEM);
  const [submits, setSubmits] = useState(0);
  const [saving, setSaving] = useState(false);
  const run = async (check: () => FieldMessage[], send: () => Promise<T>, fieldIds: Record<string, string>) => {
    if (saving) return;
    setSubmits((n) => n + 1);
    const errors = check();
    setProblem({ ...NO_PROBLEM, errors });
    if (errors.length) return;
    setSaving(true);
    try {
      onDone(await send());
    } catch (err) {
      setProblem(toolProblemFrom(err, fieldIds));
    } finally {
      setSaving(false);
    }
  };
  return { problem, submits, saving, run, clear: () => setProblem(NO_PROBLEM) };
}
