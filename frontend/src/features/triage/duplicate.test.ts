import { describe, expect, it } from 'vitest';
import { normaliseReference, referenceProblem } from './duplicate';

describe('original event reference of a duplicate', () => {
  it('is typed loosely and sent as the service stores it', () => {
    expect(normaliseReference(' pse-2026-000120 ')).toBe('PSE-2026-000120');
    expect(referenceProblem(' pse-2026-000120 ', 'PSE-2026-000123')).toBeNull();
  });

  it('must be given and look like an event reference', () => {
    expect(referenceProblem('', 'PSE-2026-000123')).toBe('Enter the reference of the original event');
    expect(referenceProblem('2026-120', 'PSE-2026-000123')).toBe('Enter a reference in the form PSE-2026-000120');
  });

  it('an event cannot be a duplicate of itself', () => {
    expect(referenceProblem('PSE-2026-000123', 'PSE-2026-000123')).toBe('Enter the reference of another event, not this one');
  });
});
