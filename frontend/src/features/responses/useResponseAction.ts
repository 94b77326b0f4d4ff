import type { FormEvent } from 'react';
import type { FieldMessage } from '../../shared/components/fields';
import type { FormProblem } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import type { LearningResponse } from './types';

export interface ResponseAction {
  problem: FormProblem;
  /** The field messages of the problem, for the controls. */
  errors: FieldMessage[];
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
  const s = useSubmit({ fieldId: (f) => controlFor(f.field), forbidden, refusedNow: 'This change cannot be made now.' });
  const run: ResponseAction['run'] = async (e, check, send) => {
    e.preventDefault();
    return (await s.run(check, async () => onDone(await send()))) !== null;
  };
  return { problem: s.problem, errors: s.problem.errors, submits: s.submits, saving: s.saving, run };
}
