import type { Problem } from './types';

/** The API answered with an error status; `problem` is the problem+json body when there was one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem?: Problem;

  constructor(status: number, problem?: Problem) {
    super(problem?.title ?? `The service answered with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/** The request never got an answer (offline, server down, DNS, CORS…). */
export class NetworkError extends Error {
  constructor(cause?: unknown) {
    super('Could not connect to the service');
    this.name = 'NetworkError';
    this.cause = cause;
  }
}

export function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as Problem).status === 'number' &&
    typeof (body as Problem).code === 'string'
  );
}
