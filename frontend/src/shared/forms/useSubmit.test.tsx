import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import type { Problem } from '../api/types';
import { NO_PROBLEM } from './formProblem';
import { NO_CHECKS, useSubmit } from './useSubmit';

const words = { fieldId: (f: { field: string }) => (f.field === 'title' ? 'title' : undefined), forbidden: 'You may not.' };

describe('one form submission', () => {
  it('sends nothing while the form’s own checks fail, and counts the submit', async () => {
    const { result } = renderHook(() => useSubmit(words));
    let sent = false;
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.run(() => [{ id: 'title', message: 'Enter a title' }], async () => (sent = true));
    });
    expect(outcome).toBeNull();
    expect(sent).toBe(false);
    expect(result.current.problem.errors).toEqual([{ id: 'title', message: 'Enter a title' }]);
    expect(result.current.fieldErrors).toEqual({ title: 'Enter a title' });
    expect(result.current.submits).toBe(1);
  });

  it('returns what was saved and clears the last problem', async () => {
    const { result } = renderHook(() => useSubmit(words));
    act(() => result.current.show({ ...NO_PROBLEM, messages: ['Earlier'] }));
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.run(NO_CHECKS, async () => 42);
    });
    expect(outcome).toEqual({ result: 42 });
    expect(result.current.problem).toEqual(NO_PROBLEM);
    expect(result.current.saving).toBe(false);
  });

  it('keeps the service’s refusal, placed on the form', async () => {
    const { result } = renderHook(() => useSubmit(words));
    const problem = { type: 'x', title: 'No', status: 400, code: 'validation-failed', errors: [{ field: 'title', code: 'too-long', message: 'Too long' }] } as Problem;
    await act(async () => {
      await result.current.run(NO_CHECKS, async () => {
        throw new ApiError(400, problem);
      });
    });
    expect(result.current.problem.errors).toEqual([{ id: 'title', message: 'Too long' }]);
  });

  it('tells the form what the service refused, and nothing when its own checks fail', async () => {
    const { result } = renderHook(() => useSubmit(words));
    const heard: unknown[] = [];
    const problem = { type: 'x', title: 'No', status: 400, code: 'validation-failed', errors: [{ field: 'title', code: 'too-long', message: 'Too long' }] } as Problem;
    await act(async () => {
      await result.current.run(() => [{ id: 'title', message: 'Enter a title' }], async () => 1, (p) => heard.push(p));
      await result.current.run(NO_CHECKS, async () => {
        throw new ApiError(400, problem);
      }, (p) => heard.push(p));
    });
    expect(heard).toEqual([{ errors: [{ id: 'title', message: 'Too long' }], messages: [], conflict: false }]);
  });
});
