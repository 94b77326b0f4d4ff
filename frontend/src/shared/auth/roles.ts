import type { Role } from '../api/types';

export const TRIAGE_ROLES: Role[] = ['patient-safety-specialist', 'chief-nurse'];
export const AUDIT_ROLES: Role[] = ['patient-safety-specialist', 'chief-nurse'];
export const REPORTER_ROLES: Role[] = ['staff'];
/** Only a patient safety specialist may change triage (x-psirf-roles of updateTriage). */
export const TRIAGE_EDIT_ROLES: Role[] = ['patient-safety-specialist'];

export function hasAnyRole(roles: readonly string[] | undefined, wanted: readonly Role[]): boolean {
  return !!roles && wanted.some((r) => roles.includes(r));
}
