/**
 * `npm run docs:roles`: rewrites the README's table of routes and roles from the policy table
 * (policy.ts), so the README says what the guard enforces.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withRolesTable } from './roles-docs';

// npm runs scripts from the package's root, where the README is.
const readme = resolve('README.md');
const before = readFileSync(readme, 'utf8');
const after = withRolesTable(before);
writeFileSync(readme, after);
console.log(after === before ? 'README.md: the roles table is up to date' : 'README.md: the roles table was rewritten from the policy');
