import { ApiError, NetworkError } from '../api/errors';
import type { FieldMessage } from './fields';

/** Why a form could not be saved: someone else changed it first, fields to correct, or one plain message. */
export type SaveProblem =
  | { kind: 'conflict' }
  | { kind: 'fields'; errors: FieldMessage[] }
  | { kind: 'message'; message: string };

/**
 * Turns a failed save into what the person needs to do next. `fieldId` maps a field path of the
 * problem+json body (e.g. `eventIds[1]`) to the id of the control the error summary links to.
 */
export function saveProblemFrom(error: unknown, fieldId: (field: string) => string, forbidden: string): SaveProblem {
  if (error instanceof ApiError) {
    if (error.status === 409) return { kind: 'conflict' };
    if (error.status === 400 && error.problem?.errors?.length)
      return { kind: 'fields', errors: error.problem.errors.map((fe) => ({ id: fieldId(fe.field), message: fe.message })) };
    if (error.status === 403) return { kind: 'message', message: forbidden };
    if (error.status === 404) return { kind: 'message', message: 'It could not be found. Go back and try again.' };
  }
  if (error instanceof NetworkError)
    return { kind: 'message', message: 'We could not connect to the service. Check your connection and try again.' };
  return { kind: 'message', message: 'Sorry, there is a problem with the service. Try again later.' };
}

/** The field errors of a problem, keyed by control id (empty when there are none). */
export function fieldErrorsOf(problem: SaveProblem | null): Record<string, string | undefined> {
  const map: Record<string, string | undefined> = {};
  if (problem?.kind === 'fields') for (const e of problem.errors) map[e.id] ??= e.message;
  return map;
}
