import { describe, expect, it } from 'vitest';
import { eventIdsFrom, newCaseHref } from './caseLinks';

const a = '0b6f7d3e-1111-4a2e-9a51-2f0e1c7d8b90';
const b = '7d0e4c1b-1f0a-4a53-8f1e-52b1f5a7c9d2';

describe('the events a new case starts with', () => {
  it('travel in the address as repeated eventId parameters', () => {
    expect(newCaseHref([a, b])).toBe(`/cases/new?eventId=${a}&eventId=${b}`);
    expect(eventIdsFrom(new URLSearchParams(newCaseHref([a, b]).split('?')[1]))).toEqual([a, b]);
  });

  it('anything that is not an event id is dropped, and each event counts once', () => {
    expect(eventIdsFrom(new URLSearchParams(`eventId=${a}&eventId=nonsense&eventId=${a.toUpperCase()}`))).toEqual([a]);
  });
});
