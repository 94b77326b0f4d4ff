import { describe, expect, it } from 'vitest';
import { controlId, fromInstant, toInstant } from './work';

describe('the work on a response', () => {
  it('links an API field path to the control of its section', () => {
    expect(controlId('chronology', 'entries[0].what')).toBe('chronology-entries-0-what');
    expect(controlId('tor', 'text')).toBe('tor-text');
  });

  it('needs both a date and a time for a chronology entry, and reads them back', () => {
    expect(toInstant('2026-11-03', '')).toBeNull();
    expect(toInstant('', '22:00')).toBeNull();
    const at = toInstant('2026-11-03', '22:00');
    expect(at).not.toBeNull();
    expect(fromInstant(at!)).toEqual({ date: '2026-11-03', time: '22:00' });
  });
});
