import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, normaliseNhsNumber } from './nhsNumber';

describe('NHS number Modulus 11 check', () => {
  it('accepts a valid number', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
  });

  it('accepts a valid number typed with spaces or hyphens', () => {
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('943-476-5919')).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('9434765910')).toBe(false);
  });

  it('accepts another known valid number', () => {
    expect(isValidNhsNumber('4010232137')).toBe(true);
    expect(isValidNhsNumber('4010232138')).toBe(false);
  });

  it('treats a check digit of 11 as 0', () => {
    const base = firstBaseWithRemainder(0); // 11 - 0 = 11 → check digit 0
    expect(isValidNhsNumber(`${base}0`)).toBe(true);
    for (let d = 1; d <= 9; d++) expect(isValidNhsNumber(`${base}${d}`)).toBe(false);
  });

  it('rejects numbers whose check digit would be 10', () => {
    const base = firstBaseWithRemainder(1); // 11 - 1 = 10 → no valid check digit
    for (let d = 0; d <= 9; d++) expect(isValidNhsNumber(`${base}${d}`)).toBe(false);
  });

  it('rejects anything but ten digits', () => {
    for (const bad of ['', '943476591', '94347659190', '94347659a9', '943 476 591 9x']) {
      expect(isValidNhsNumber(bad)).toBe(false);
    }
  });

  it('normalises spaces and hyphens away', () => {
    expect(normaliseNhsNumber(' 943 476-5919 ')).toBe('9434765919');
  });
});

function firstBaseWithRemainder(remainder: number): string {
  for (let n = 100000000; ; n++) {
    const digits = String(n);
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
    if (sum % 11 === remainder) return digits;
  }
}
