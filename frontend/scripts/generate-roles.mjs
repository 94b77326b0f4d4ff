// Writes src/shared/api/operationRoles.ts from ../openapi.yaml: for every operation, the roles that may call it
// (its x-psirf-roles). Run by `npm run generate:api`, next to the API types; the output is not committed.
// Fails when an operation has no x-psirf-roles or names a role the contract's Role schema does not list.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const contractPath = fileURLToPath(new URL('../../openapi.yaml', import.meta.url));
const outputPath = fileURLToPath(new URL('../src/shared/api/operationRoles.ts', import.meta.url));
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

const contract = parse(readFileSync(contractPath, 'utf8'));
const knownRoles = new Set(contract.components?.schemas?.Role?.enum ?? []);
if (knownRoles.size === 0) throw new Error(`${contractPath}: components.schemas.Role has no enum`);

const problems = [];
const entries = [];
for (const [path, item] of Object.entries(contract.paths ?? {})) {
  for (const method of METHODS) {
    const operation = item?.[method];
    if (!operation) continue;
    const where = `${method.toUpperCase()} ${path}`;
    const roles = operation['x-psirf-roles'];
    if (!operation.operationId) problems.push(`${where}: no operationId`);
    else if (!Array.isArray(roles) || roles.length === 0) problems.push(`${where} (${operation.operationId}): no x-psirf-roles`);
    else {
      for (const role of roles) if (!knownRoles.has(role)) problems.push(`${where}: role ${role} is not in the Role schema`);
      entries.push([operation.operationId, roles]);
    }
  }
}
if (problems.length > 0) {
  console.error(`generate-roles: ${contractPath}\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

entries.sort(([a], [b]) => a.localeCompare(b));
const lines = entries.map(([id, roles]) => `  ${id}: [${roles.map((r) => `'${r}'`).join(', ')}],`);
writeFileSync(
  outputPath,
  `// Generated from openapi.yaml (x-psirf-roles) by scripts/generate-roles.mjs: do not edit.
import type { Role } from './types';

/** For every operation of the contract, the roles that may call it. */
export const OPERATION_ROLES = {
${lines.join('\n')}
} as const satisfies Record<string, readonly Role[]>;

export type OperationId = keyof typeof OPERATION_ROLES;
`,
);
console.log(`generate-roles: ${entries.length} operations → ${outputPath}`);
