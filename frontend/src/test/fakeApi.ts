import { vi } from 'vitest';

/** What openapi-fetch resolves to for a successful call. */
export const ok = (data: unknown, status = 200) => ({ data, response: new Response(null, { status }) });

/** What openapi-fetch resolves to for a problem+json answer. */
export function problem(status: number, errors?: { field: string; code: string; message: string }[]) {
  const code = status === 409 ? 'stale-version' : status === 400 ? 'validation-failed' : status === 403 ? 'forbidden' : 'not-found';
  return { error: { type: 'x', title: 'Problem', status, code, ...(errors ? { errors } : {}) }, response: new Response(null, { status }) };
}

/** A GET mock answering by path template (as passed to openapi-fetch), 404 for any other path. */
export function getByPath(answers: Record<string, unknown>) {
  return vi.fn(async (path: string) => (path in answers ? ok(answers[path]) : problem(404)));
}
