import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../api/errors';
import type { Problem } from '../api/types';
import { fieldErrorsOf, NETWORK_MESSAGE, NO_PROBLEM, problemFrom, SERVICE_MESSAGE, type ProblemWords } from './formProblem';

const words: ProblemWords = {
  fieldId: (f) => ({ title: 'case-title', theme: 'case-theme' })[f.field],
  forbidden: 'You do not have access to change cases.',
};
const refused = (status: number, over: Partial<Problem> = {}) =>
  new ApiError(status, { type: 'about:blank', title: 'Refused', status, code: 'validation-failed', ...over } as Problem);

describe('what a failed save means to the person filling in the form', () => {
  it('places each field error of a 400 on its control and lists the ones that name no control', () => {
    const problem = problemFrom(
      refused(400, { errors: [{ field: 'title', code: 'required', message: 'Enter a title' }, { field: 'eventIds[1]', code: 'conflict', message: 'That event is closed' }] } as Partial<Problem>),
      words,
    );
    expect(problem).toEqual({ errors: [{ id: 'case-title', message: 'Enter a title' }], messages: ['That event is closed'], conflict: false });
    expect(fieldErrorsOf(problem)).toEqual({ 'case-title': 'Enter a title' });
  });

  it('a 409 is someone else changing it first, unless the form says a refusal now is possible', () => {
    expect(problemFrom(refused(409, { code: 'stale-version' }), words).conflict).toBe(true);
    expect(problemFrom(refused(409, { code: 'conflict' }), words).conflict).toBe(true);
    const now = { ...words, refusedNow: 'This cannot be done now.' };
    expect(problemFrom(refused(409, { code: 'stale-version' }), now).conflict).toBe(true);
    expect(problemFrom(refused(409, { code: 'conflict', detail: 'The plan is closed.' }), now).messages).toEqual(['The plan is closed.']);
    expect(problemFrom(refused(409, { code: 'conflict' }), now).messages).toEqual(['This cannot be done now.']);
  });

  it('reads the fields a 409 names only when the form asks for it', () => {
    const closedPlan = refused(409, { code: 'conflict', errors: [{ field: 'title', code: 'plan-closed', message: 'The plan is closed' }] } as Partial<Problem>);
    expect(problemFrom(closedPlan, words).conflict).toBe(true);
    expect(problemFrom(closedPlan, { ...words, fieldsOnAnyStatus: true }).errors).toEqual([{ id: 'case-title', message: 'The plan is closed' }]);
  });

  it('says a refusal, the connection and a failed service in the form’s own words when it has them', () => {
    const own = {
      ...words,
      said: (f: { code: string; message: string }) => (f.code === 'own-decision' ? 'Someone else must approve it' : f.message),
      network: 'Your answers are kept. Check your connection.',
      unavailable: 'Your answers are kept. Try again later.',
    };
    const refusal = refused(400, { errors: [{ field: 'decisionId', code: 'own-decision', message: 'Not the recorder' }, { field: 'title', code: 'required', message: 'Enter a title' }] } as Partial<Problem>);
    expect(problemFrom(refusal, own)).toEqual({ errors: [{ id: 'case-title', message: 'Enter a title' }], messages: ['Someone else must approve it'], conflict: false });
    expect(problemFrom(new NetworkError(), own).messages).toEqual(['Your answers are kept. Check your connection.']);
    expect(problemFrom(refused(503), own).messages).toEqual(['Your answers are kept. Try again later.']);
    expect(problemFrom(refused(404), own).messages).toEqual(['Your answers are kept. Try again later.']);
  });

  it('says 403 and 404 in the form’s words, the connection and anything else plainly, and nothing on 401', () => {
    expect(problemFrom(refused(403), words).messages).toEqual(['You do not have access to change cases.']);
    expect(problemFrom(refused(404), words).messages).toEqual([SERVICE_MESSAGE]);
    expect(problemFrom(refused(404), { ...words, notFound: 'It could not be found.' }).messages).toEqual(['It could not be found.']);
    expect(problemFrom(new NetworkError(), words).messages).toEqual([NETWORK_MESSAGE]);
    expect(problemFrom(refused(500), words).messages).toEqual([SERVICE_MESSAGE]);
    expect(problemFrom(new Error('boom'), words).messages).toEqual([SERVICE_MESSAGE]);
    expect(problemFrom(refused(401), words)).toEqual(NO_PROBLEM);
  });
});
