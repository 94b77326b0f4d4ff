import { OPERATION_ROLES, type OperationId } from '../api/operationRoles';
import type { Role } from '../api/types';

export type { OperationId };

/**
 * The roles that may call every one of `operations` (their x-psirf-roles in the contract, intersected).
 * A screen asks for the operations it needs: a page that loads X requires the roles of X.
 */
export function rolesFor(...operations: OperationId[]): Role[] {
  const [first, ...rest] = operations.map((operation): readonly Role[] => OPERATION_ROLES[operation]);
  return (first ?? []).filter((role) => rest.every((roles) => roles.includes(role)));
}

/** Whether someone holding `roles` may call every one of `operations`, as the contract says. */
export function mayCall(roles: readonly string[] | undefined, ...operations: OperationId[]): boolean {
  return operations.length > 0 && operations.every((operation) => hasAnyRole(roles, OPERATION_ROLES[operation]));
}

/**
 * The patient safety team: those who may read the whole trust's triage queue (listTriageQueue) see every record
 * in the lists they share with others (responses, safety actions, oversight groups), where the others see their
 * own. The same roles the backend calls IDENTIFIABLE_DATA_VIEWERS.
 */
export function inPatientSafetyTeam(roles: readonly string[] | undefined): boolean {
  return mayCall(roles, 'listTriageQueue');
}

export function hasAnyRole(roles: readonly string[] | undefined, wanted: readonly Role[]): boolean {
  return !!roles && wanted.some((r) => roles.includes(r));
}
