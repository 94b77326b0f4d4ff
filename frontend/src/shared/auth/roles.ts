import type { Role } from '../api/types';

export const TRIAGE_ROLES: Role[] = ['patient-safety-specialist', 'chief-nurse'];
export const AUDIT_ROLES: Role[] = ['patient-safety-specialist', 'chief-nurse'];
export const REPORTER_ROLES: Role[] = ['staff'];
/** Only a patient safety specialist may change triage (x-psirf-roles of updateTriage). */
export const TRIAGE_EDIT_ROLES: Role[] = ['patient-safety-specialist'];

export function hasAnyRole(roles: readonly string[] | undefined, wanted: readonly Role[]): boolean {
  return !!roles && wanted.some((r) => roles.includes(r));
}
/** Every platform role may read the response plan in force (x-psirf-roles of getResponsePlanInForce). */
export const PLAN_READER_ROLES: Role[] = [
  'staff',
  'patient-safety-specialist',
  'chief-nurse',
  'learning-response-lead',
  'coach',
  'patient-safety-partner',
  'workforce-partner',
  'improvement-advisor',
];
/** Drafts a plan version (createResponsePlanDraft, updateResponsePlanDraft). */
export const PLAN_EDIT_ROLES: Role[] = ['patient-safety-specialist'];
/** Approves a plan version (approveResponsePlanVersion). */
export const PLAN_APPROVE_ROLES: Role[] = ['chief-nurse'];
