import type { OpenAPIObject } from '@nestjs/swagger';
import type { UserRole } from '@telemed/auth';
import { POLICY, type PolicyEntry, type Scope } from '@telemed/application/access/policy';

/** How each scope reads beside its role. */
const SCOPE_WORDS: Record<Scope, string> = {
  any: '',
  'own-hospital': "own hospital's",
  assigned: 'when assigned',
  invited: 'when invited',
  self: 'only their own',
};

/** The roles an entry of the policy allows, each with its scope: `expert (only their own), coordinator`. */
export function rolesOf(entry: Pick<PolicyEntry, 'roles'>): string {
  return (Object.entries(entry.roles) as Array<[UserRole, Scope]>)
    .map(([role, scope]) => (SCOPE_WORDS[scope] ? `${role} (${SCOPE_WORDS[scope]})` : role))
    .join(', ');
}

/** The line each operation's description ends with in `/docs`. */
export function rolesLine(entry: Pick<PolicyEntry, 'roles'>): string {
  return `Roles: ${rolesOf(entry)}.`;
}

/**
 * Appends to every operation that names a policy action (`x-policy`, set by `@Allow`) the roles
 * the policy table allows, so the documentation says who may call each route and cannot drift.
 */
export function withRolesInDescriptions(document: OpenAPIObject): OpenAPIObject {
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of Object.values(pathItem) as Array<{ description?: string; 'x-policy'?: Pick<PolicyEntry, 'roles'> }>) {
      const policy = operation?.['x-policy'];
      if (!policy) continue;
      operation.description = [operation.description, rolesLine(policy)].filter(Boolean).join('\n\n');
    }
  }
  return document;
}

export const ROLES_TABLE_START = '<!-- roles table: generated from libs/application/access/policy.ts by `npm run docs:roles` -->';
export const ROLES_TABLE_END = '<!-- end of the roles table -->';

/** The Markdown table of every route and the roles that may call it, in the policy's order. */
export function rolesTable(): string {
  const rows = POLICY.map((entry) => `| ${entry.routes.map((route) => `\`${route}\``).join(', ')} | \`${entry.action}\` | ${rolesOf(entry)} |`);
  return ['| route | action | roles (scope) |', '|---|---|---|', ...rows].join('\n');
}

/** The text with the table between its markers replaced by the table the policy gives. */
export function withRolesTable(text: string): string {
  const start = text.indexOf(ROLES_TABLE_START);
  const end = text.indexOf(ROLES_TABLE_END);
  if (start === -1 || end < start) throw new Error(`the roles table's markers are missing: ${ROLES_TABLE_START} ... ${ROLES_TABLE_END}`);
  return `${text.slice(0, start)}${ROLES_TABLE_START}\n${rolesTable()}\n${text.slice(end)}`;
}
