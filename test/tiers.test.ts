import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { tiersOf } = require('./tiers') as { tiersOf: (path: string) => string[] };

const ROOT = resolve(__dirname, '..');

function suitesUnder(folder: string, suffix: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(suffix) && !file.includes('node_modules'))
    .map((file) => relative(ROOT, join(ROOT, folder, file)));
}

describe('the test tiers', () => {
  const suites = [...suitesUnder('libs', '.spec.ts'), ...suitesUnder('apps', '.spec.ts'), ...suitesUnder('test', '.test.ts')];

  it('put every suite in exactly one of unit, int and e2e', () => {
    const misplaced = suites.map((suite) => ({ suite, tiers: tiersOf(suite) })).filter(({ tiers }) => tiers.length !== 1);
    expect(misplaced).toEqual([]);
  });

  it('keep specs beside the code in the unit tier, and the API and console suites in the end-to-end tier', () => {
    expect(tiersOf('libs/event-store/expected-revision.spec.ts')).toEqual(['unit']);
    expect(tiersOf('test/api/consultation-lifecycle.test.ts')).toEqual(['e2e']);
    expect(tiersOf('test/audit/verify-cli-stores.test.ts')).toEqual(['e2e']);
    expect(tiersOf('test/kafka/relay-and-projector-on-eventstoredb.test.ts')).toEqual(['int']);
    expect(tiersOf('test/faults/' + 'any.test.ts')).toEqual(['int']);
  });
});
