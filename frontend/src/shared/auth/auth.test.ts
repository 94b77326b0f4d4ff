import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './CallbackPage';
import { parseConfig } from './config';
import { hasAnyRole } from './roles';

describe('sign in', () => {
  it('returns only to paths of this app after sign in', () => {
    expect(safeReturnTo({ returnTo: '/triage?status=submitted' })).toBe('/triage?status=submitted');
    expect(safeReturnTo({ returnTo: '//evil.example/' })).toBe('/');
    expect(safeReturnTo({ returnTo: 'https://evil.example/' })).toBe('/');
    expect(safeReturnTo({ returnTo: '/callback?code=x' })).toBe('/');
    expect(safeReturnTo(undefined)).toBe('/');
  });

  it('needs authority and clientId in config.json', () => {
    expect(parseConfig({ authority: 'http://localhost:8180/realms/psirf', clientId: 'psirf-spa' })).toEqual({
      authority: 'http://localhost:8180/realms/psirf',
      clientId: 'psirf-spa',
    });
    expect(() => parseConfig({ authority: 'x' })).toThrow();
    expect(() => parseConfig(null)).toThrow();
  });

  it('checks roles', () => {
    expect(hasAnyRole(['staff'], ['patient-safety-specialist', 'chief-nurse'])).toBe(false);
    expect(hasAnyRole(['chief-nurse', 'staff'], ['patient-safety-specialist', 'chief-nurse'])).toBe(true);
    expect(hasAnyRole(undefined, ['staff'])).toBe(false);
  });
});
