// Who may call what, read from the contract (../openapi.yaml, x-psirf-roles of each operation), so that the
// suite's expectations of links and 200/403 answers follow the contract instead of role lists typed again here.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const contract = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));

/** operationId → the roles that may call it. */
export const operationRoles = Object.fromEntries(
  Object.values(contract.paths).flatMap((item) =>
    METHODS.filter((method) => item[method]).map((method) => [item[method].operationId, item[method]['x-psirf-roles'] ?? []]),
  ),
);

/** The roles that may call every one of `operations`; throws on an operation the contract does not have. */
export function rolesFor(...operations) {
  const lists = operations.map((operation) => {
    const roles = operationRoles[operation];
    if (!roles) throw new Error(`no operation ${operation} in openapi.yaml`);
    return roles;
  });
  return (lists[0] ?? []).filter((role) => lists.every((roles) => roles.includes(role)));
}

/** Whether someone holding `roles` may call every one of `operations`. */
export function mayCall(roles, ...operations) {
  return operations.length > 0 && operations.every((operation) => rolesFor(operation).some((role) => roles.includes(role)));
}
