import { describe, expect, it } from 'vitest';
import { decisionHrefFor, isOpen } from './eventActions';

const id = '0b6f7d3e-1111-4a2e-9a51-2f0e1c7d8b90';

describe('recording the panel decision from an event', () => {
  it('an open event not in a case links to the decision form for the event', () => {
    expect(decisionHrefFor({ id, status: 'in-triage' })).toBe(`/decisions/new?eventId=${id}`);
  });

  it('a decided or closed event has no decision to record', () => {
    expect(decisionHrefFor({ id, status: 'decided' })).toBeNull();
    expect(decisionHrefFor({ id, status: 'closed' })).toBeNull();
    expect(isOpen({ status: 'submitted' })).toBe(true);
  });

  it('an event in a case is decided with its case, not on its own', () => {
    expect(decisionHrefFor({ id, status: 'submitted', case: { id: 'c', reference: 'CASE-2026-0001', title: 'Heels' } })).toBeNull();
  });
});
