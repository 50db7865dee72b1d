import { join } from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const LongestFirst = require('./suite-order') as { new (options: { contexts: unknown[]; globalConfig: unknown }): { sort(tests: FakeTest[]): FakeTest[] } } & {
  suiteKey(project: string | undefined, path: string): string;
  readRecord(): Record<string, number>;
};

type FakeTest = { path: string; context: { config: { displayName?: { name: string } } } };
const ROOT = join(__dirname, '..', '..');
const suite = (path: string, project?: string): FakeTest => ({ path: join(ROOT, path), context: { config: project ? { displayName: { name: project } } : {} } });

describe('the order suites start in', () => {
  const sequencer = new LongestFirst({ contexts: [], globalConfig: {} });
  const record = LongestFirst.readRecord();
  const recorded = Object.entries(record).sort(([, a], [, b]) => b - a);

  it('starts the recorded suites longest first, then the shorter ones', () => {
    expect(recorded.length).toBeGreaterThan(250);
    const [longest, , middle] = recorded;
    const shortest = recorded[recorded.length - 1];
    const tests = [shortest, middle, longest].map(([key]) => {
      const [project, path] = key.split(' ');
      return suite(path, project);
    });
    expect(sequencer.sort(tests).map((test) => LongestFirst.suiteKey(test.context.config.displayName?.name, test.path))).toEqual([longest[0], middle[0], shortest[0]]);
  });

  it('starts a suite it has no duration for before every recorded one', () => {
    const [[longestKey]] = recorded;
    const [project, path] = longestKey.split(' ');
    const order = sequencer.sort([suite(path, project), suite('test/a-suite-nobody-has-timed-yet.test.ts', 'all')]);
    expect(order.map((test) => test.path)).toEqual([join(ROOT, 'test/a-suite-nobody-has-timed-yet.test.ts'), join(ROOT, path)]);
  });

  it('keeps one suite apart per project: the same file on PostgreSQL has its own duration', () => {
    expect(LongestFirst.suiteKey('api-on-postgres', join(ROOT, 'test/api/webhooks.test.ts'))).toBe('api-on-postgres test/api/webhooks.test.ts');
    expect(LongestFirst.suiteKey(undefined, join(ROOT, 'test/api/webhooks.test.ts'))).toBe('all test/api/webhooks.test.ts');
  });
});
