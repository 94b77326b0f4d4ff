import { describe, expect, it } from 'vitest';
import { OPERATION_ROLES } from '../api/operationRoles';
import { inPatientSafetyTeam, mayCall, rolesFor } from './roles';

/** Every source file of frontend/src, by its path under src/ (read by Vite, as text). */
const SOURCES = Object.fromEntries(
  Object.entries(import.meta.glob<string>('/src/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true })).map(([path, text]) => [
    path.replace(/^\/src\//, ''),
    text,
  ]),
);
const ROLE_NAMES = new Set<string>(Object.values(OPERATION_ROLES).flat());

/** Generated from the contract, or tests and their fixtures, which list roles on purpose. */
function mayListRoles(path: string): boolean {
  return (
    path === 'shared/api/operationRoles.ts' ||
    path === 'shared/api/schema.d.ts' ||
    path.startsWith('test/') ||
    /\.test\.tsx?$/.test(path) ||
    /(^|\/)(test[A-Z][^/]*|fixtures)\.tsx?$/.test(path)
  );
}

/** Array literals whose elements are all quoted role names, e.g. ['patient-safety-specialist', 'chief-nurse']. */
function handTypedRoleArrays(source: string): string[] {
  const arrays = source.match(/\[\s*(?:(['"`])[a-z-]+\1\s*,?\s*)+\]/g) ?? [];
  return arrays.filter((array) => {
    const names = [...array.matchAll(/(['"`])([a-z-]+)\1/g)].map((m) => m[2]);
    return names.every((name) => ROLE_NAMES.has(name));
  });
}

describe('roles come from the contract', () => {
  it('finds a hand-typed array of role names, and not an array that only shares a word with a role', () => {
    expect(handTypedRoleArrays("const R: Role[] = [\n  'patient-safety-specialist',\n  'chief-nurse',\n];")).toHaveLength(1);
    expect(handTypedRoleArrays("hasAnyRole(roles, ['learning-response-lead'])")).toHaveLength(1);
    expect(handTypedRoleArrays("const PAGE_ORDER = ['event', 'details', 'patient', 'staff'];")).toEqual([]);
  });

  it('no array of role names is typed by hand in frontend/src (outside generated files and tests)', () => {
    expect(SOURCES['shared/auth/roles.ts']).toContain('export function mayCall');
    const found = Object.entries(SOURCES)
      .filter(([path]) => !mayListRoles(path))
      .flatMap(([path, text]) => handTypedRoleArrays(text).map((array) => `${path}: ${array}`));
    expect(found, 'use rolesFor / mayCall with the operation the screen needs').toEqual([]);
  });

  it('the roles of several operations are those that may call every one of them', () => {
    expect(rolesFor('getEvent')).toEqual(['staff', 'patient-safety-specialist', 'chief-nurse', 'learning-response-lead']);
    expect(rolesFor('getEvent', 'listEventDocuments')).toEqual(['patient-safety-specialist', 'chief-nurse']);
    expect(rolesFor()).toEqual([]);
  });

  it('may call an operation when holding one of its roles, and several only when allowed each', () => {
    expect(mayCall(['staff'], 'reportEvent')).toBe(true);
    expect(mayCall(['coach'], 'reportEvent')).toBe(false);
    expect(mayCall(['staff', 'chief-nurse'], 'reportEvent', 'verifyPsii')).toBe(true);
    expect(mayCall(['staff'], 'reportEvent', 'verifyPsii')).toBe(false);
    expect(mayCall(undefined, 'getCurrentUser')).toBe(false);
    expect(mayCall(['staff'])).toBe(false);
  });

  it('the patient safety team are those who read the triage queue', () => {
    expect(inPatientSafetyTeam(['patient-safety-specialist'])).toBe(true);
    expect(inPatientSafetyTeam(['chief-nurse', 'staff'])).toBe(true);
    expect(inPatientSafetyTeam(['learning-response-lead', 'staff'])).toBe(false);
    expect(inPatientSafetyTeam(['patient-safety-partner'])).toBe(false);
  });
});
