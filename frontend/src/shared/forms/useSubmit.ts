import { useState, type FormEvent } from 'react';
import type { ErrorMap, FieldMessage } from '../components/fields';
import { fieldErrorsOf, fieldProblem, NO_PROBLEM, problemFrom, type FormProblem, type ProblemWords } from './formProblem';

/** What a send brought back, when it was saved. */
export interface Sent<T> {
  result: T;
}

export interface Submission {
  /** What stopped the last submit; NO_PROBLEM once saved. */
  problem: FormProblem;
  /** Counts submits, so that the error summary takes focus again on each. */
  submits: number;
  /** A send is under way: the submit button waits. */
  saving: boolean;
  /** The problem's field errors keyed by control id, for the controls to show. */
  fieldErrors: ErrorMap;
  /**
   * The form's own checks first (their errors shown, nothing sent while any fails), then the send; the result,
   * or null when the checks or the service refused it (the reason is in `problem`). `onRefused` hears what the
   * service refused, once shown: a form of several steps goes back to the step whose fields it names.
   */
  run: <T>(check: () => FieldMessage[], send: () => Promise<T>, onRefused?: (problem: FormProblem) => void) => Promise<Sent<T> | null>;
  /** The form's onSubmit: keeps the browser from submitting, then runs the checks and the send. */
  handle: (check: () => FieldMessage[], send: () => Promise<unknown>) => (e: FormEvent) => Promise<void>;
  /** Shows a problem found outside a send (a check of a button that is not the form's submit). */
  show: (problem: FormProblem) => void;
  clear: () => void;
}

export const NO_CHECKS = (): FieldMessage[] => [];

/**
 * One form's submission: pending state, the form's checks, the service's problem+json placed on the form's
 * controls (`words.fieldId`) or listed, 403/404/409 in the form's words.
 */
export function useSubmit(words: ProblemWords): Submission {
  const [problem, setProblem] = useState<FormProblem>(NO_PROBLEM);
  const [submits, setSubmits] = useState(0);
  const [saving, setSaving] = useState(false);

  const run = async <T,>(check: () => FieldMessage[], send: () => Promise<T>, onRefused?: (problem: FormProblem) => void): Promise<Sent<T> | null> => {
    if (saving) return null;
    setSubmits((s) => s + 1);
    const errors = check();
    setProblem(errors.length ? fieldProblem(errors) : NO_PROBLEM);
    if (errors.length) return null;
    setSaving(true);
    try {
      return { result: await send() };
    } catch (err) {
      const refused = problemFrom(err, words);
      setProblem(refused);
      onRefused?.(refused);
      return null;
    } finally {
      setSaving(false);
    }
  };
  const handle = (check: () => FieldMessage[], send: () => Promise<unknown>) => async (e: FormEvent) => {
    e.preventDefault();
    await run(check, send);
  };
  const show = (p: FormProblem) => {
    setSubmits((s) => s + 1);
    setProblem(p);
  };
  return { problem, submits, saving, fieldErrors: fieldErrorsOf(problem), run, handle, show, clear: () => setProblem(NO_PROBLEM) };
}
