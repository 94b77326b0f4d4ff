import { ApiError, NetworkError } from '../../shared/api/errors';
import type { FieldMessage } from '../../shared/components/fields';

/** What a refused change of the Being Fair tool means to the person: fields to correct, or messages. */
export interface ToolProblem {
  errors: FieldMessage[];
  messages: string[];
  stale: boolean;
}

export const NO_PROBLEM: ToolProblem = { errors: [], messages: [], stale: false };

/**
 * Places the API's field errors on the form's controls (`fieldIds`); the tool's own refusals (409 naming
 * `question`: joint use required, out of order, ended) and anything else become messages.
 */
export function toolProblemFrom(error: unknown, fieldIds: Record<string, string>): ToolProblem {
  if (error instanceof ApiError) {
    const named = error.problem?.errors ?? [];
    if (error.status === 409 && error.problem?.code === 'stale-version') return { ...NO_PROBLEM, stale: true };
    if (named.length) {
      const errors: FieldMessage[] = [];
      const messages: string[] = [];
      for (const e of named) {
        const id = fieldIds[e.field];
        if (id) errors.push({ id, message: e.message });
        else messages.push(e.message);
      }
      return { errors, messages, stale: false };
    }
    if (error.status === 403) return { ...NO_PROBLEM, messages: ['You do not have access to do this.'] };
    if (error.status === 404) return { ...NO_PROBLEM, messages: ['This was not found. It may have been removed.'] };
    if (error.status === 409) return { ...NO_PROBLEM, stale: true };
  }
  if (error instanceof NetworkError)
    return { ...NO_PROBLEM, messages: ['We could not connect to the service. Check your connection and try again.'] };
  return { ...NO_PROBLEM, messages: ['Sorry, there is a problem with the service. Try again later.'] };
}
