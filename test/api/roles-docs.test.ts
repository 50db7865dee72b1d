import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { POLICY } from '@telemed/application/access/policy';
import { rolesTable, ROLES_TABLE_END, ROLES_TABLE_START, withRolesTable } from '../../apps/api/src/http/policy/roles-docs';
import { startTestApp, type TestApp } from '../support/test-app';

type Operation = { description?: string; 'x-policy'?: { action: string } };

const README = join(__dirname, '../../README.md');

describe('the README and /docs say which roles may call each route, as the policy table does', () => {
  let t: TestApp;
  let operations: Map<string, Operation>;

  beforeAll(async () => {
    t = await startTestApp();
    const document = (await t.http.get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, Operation>> };
    operations = new Map(
      Object.entries(document.paths).flatMap(([path, item]) =>
        Object.entries(item).map(([method, operation]): [string, Operation] => [`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, operation]),
      ),
    );
  });

  afterAll(() => t.close());

  it("the README's roles table is the one the policy table gives (npm run docs:roles rewrites it)", () => {
    const readme = readFileSync(README, 'utf8');
    const table = readme.slice(readme.indexOf(ROLES_TABLE_START) + ROLES_TABLE_START.length, readme.indexOf(ROLES_TABLE_END)).trim();
    expect(table).toBe(rolesTable());
    expect(withRolesTable(readme)).toBe(readme);
  });

  it('a change to the policy table shows as a difference from the README', () => {
    const readme = readFileSync(README, 'utf8');
    const entry = POLICY.find((candidate) => candidate.action === 'audit.read-access-trail')!;
    const original = entry.roles;
    try {
      (entry as { roles: object }).roles = { auditor: 'any', coordinator: 'any' };
      expect(withRolesTable(readme)).not.toBe(readme);
    } finally {
      (entry as { roles: object }).roles = original;
    }
  });

  it("each operation in /docs ends its description with the roles of its route's action", () => {
    expect(operations.get('GET /v1/audit/access')?.description).toMatch(/Roles: auditor\.$/);
    expect(operations.get('POST /v1/consultations')?.description).toMatch(/Roles: clinician \(own hospital's\)\.$/);
    expect(operations.get('GET /v1/experts/:id/schedule')?.description).toMatch(/Roles: expert \(only their own\), coordinator, auditor\.$/);
    const withoutRoles = [...operations].filter(([, operation]) => operation['x-policy'] && !/Roles: [a-z]/.test(operation.description ?? ''));
    expect(withoutRoles.map(([route]) => route)).toEqual([]);
  });
});
