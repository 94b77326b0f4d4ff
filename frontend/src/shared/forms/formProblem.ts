import { ApiError, NetworkError } from '../api/errors';
import type { FieldError } from '../api/types';
import type { ErrorMap, FieldMessage } from '../components/fields';

/** Why a form was not saved: fields to correct, refusals that name no control, or someone else changed it first. */
export interface FormProblem {
  /** Messages on the form's own controls: the error summary links to each, the control shows it. */
  errors: FieldMessage[];
  /** Refusals that name no control of the form, listed in the error summary as they are. */
  messages: string[];
  /** Someone else changed the record after it was opened (409): reload before trying again. */
  conflict: boolean;
}

export const NO_PROBLEM: FormProblem = { errors: [], messages: [], conflict: false };

export const NETWORK_MESSAGE = 'We could not connect to the service. Check your connection and try again.';
export const SERVICE_MESSAGE = 'Sorry, there is a problem with the service. Try again later.';

export const fieldProblem = (errors: FieldMessage[]): FormProblem => ({ ...NO_PROBLEM, errors });
export const messageProblem = (...messages: string[]): FormProblem => ({ ...NO_PROBLEM, messages });
export const hasProblem = (p: FormProblem | null | undefined): boolean =>
  Boolean(p && (p.conflict || p.errors.length > 0 || p.messages.length > 0));

/** The form's field errors keyed by control id, the first message of each control winning. */
export function fieldErrorsOf(problem: FormProblem | null | undefined): ErrorMap {
  const map: ErrorMap = {};
  for (const e of problem?.errors ?? []) map[e.id] ??= e.message;
  return map;
}

/** How one form words and places what the service answered. */
export interface ProblemWords {
  /** The control an API field error belongs to (e.g. `eventIds[1]` → `case-event-1`); none: listed as a message. */
  fieldId: (error: FieldError) => string | null | undefined;
  /** Said when the caller's roles do not allow the change (403). */
  forbidden: string;
  /** Said when the record is gone (404); without it, the service's apology. */
  notFound?: string;
  /**
   * A 409 that is not a stale version is a refusal of the change as it stands now (a closed plan, an ended
   * tool): its detail is shown, or these words. Without them, every 409 is a conflict to reload.
   */
  refusedNow?: string;
  /** Field errors are placed whatever the status (a 409 naming the field it is about), not only from a 400. */
  fieldsOnAnyStatus?: boolean;
  /** The form's own words for a field error (by its code); without it, the service's message. */
  said?: (error: FieldError) => string;
  /** Said when the service cannot be reached; without it, NETWORK_MESSAGE. */
  network?: string;
  /** Said when the service failed; without it, SERVICE_MESSAGE. */
  unavailable?: string;
}

/** Turns a failed save into what the person needs to do next, in the form's own words. */
export function problemFrom(error: unknown, words: ProblemWords): FormProblem {
  const unavailable = words.unavailable ?? SERVICE_MESSAGE;
  if (error instanceof NetworkError) return messageProblem(words.network ?? NETWORK_MESSAGE);
  if (!(error instanceof ApiError)) return messageProblem(unavailable);
  const { status, problem } = error;
  const stale = status === 409 && problem?.code === 'stale-version';
  const named = problem?.errors ?? [];
  if (named.length && (status === 400 || words.fieldsOnAnyStatus)) {
    const errors: FieldMessage[] = [];
    const messages: string[] = [];
    for (const f of named) {
      const id = words.fieldId(f);
      const message = words.said?.(f) ?? f.message;
      if (id) errors.push({ id, message });
      else messages.push(message);
    }
    return { errors, messages, conflict: false };
  }
  if (status === 409) return stale || words.refusedNow === undefined ? { ...NO_PROBLEM, conflict: true } : messageProblem(problem?.detail ?? words.refusedNow);
  if (status === 403) return messageProblem(words.forbidden);
  if (status === 404 && words.notFound) return messageProblem(words.notFound);
  // The API client is already taking the person to sign in again.
  if (status === 401) return NO_PROBLEM;
  return messageProblem(unavailable);
}

export const NOT_FOUND_MESSAGE = 'It could not be found. Go back and try again.';

/** The words of most forms: API fields placed by their path (`eventIds[1]`), every 409 a conflict, 404 gone. */
export function wordsFor(fieldId: (field: string) => string | null | undefined, forbidden: string): ProblemWords {
  return { fieldId: (f) => fieldId(f.field), forbidden, notFound: NOT_FOUND_MESSAGE };
}

export const REMOVED_MESSAGE = 'This was not found. It may have been removed.';

/** The words of a form whose controls are named by the API's field names (`ids`); other fields are listed. */
export function placedBy(ids: Record<string, string>, forbidden = 'You do not have access to change this.'): ProblemWords {
  return { fieldId: (f) => ids[f.field], forbidden, notFound: REMOVED_MESSAGE };
}
