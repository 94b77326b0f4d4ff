import { useState } from 'react';
import { wordsFor, type FormProblem } from '../../shared/forms/formProblem';
import { NO_CHECKS, useSubmit } from '../../shared/forms/useSubmit';
import { controlId, type Investigation } from './work';

export interface Saving {
  problem: FormProblem;
  submits: number;
  saving: boolean;
  saved: boolean;
  run: (request: () => Promise<Investigation>) => Promise<void>;
}

/** Saves one part of the work; a refusal becomes an error summary linking to the section's controls. */
export function useSave(section: string, onSaved: (i: Investigation) => void): Saving {
  const submission = useSubmit(wordsFor((field) => controlId(section, field), 'You do not have access to change this learning response.'));
  const [saved, setSaved] = useState(false);
  const run = async (request: () => Promise<Investigation>) => {
    if (submission.saving) return;
    setSaved(false);
    await submission.run(NO_CHECKS, async () => {
      const updated = await request();
      setSaved(true);
      onSaved(updated);
    });
  };
  return { problem: submission.problem, submits: submission.submits, saving: submission.saving, saved, run };
}
