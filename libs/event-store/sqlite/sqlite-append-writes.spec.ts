import type { ExpectedRevision } from '../event-store.port';
import { expectationHolds } from '../expected-revision';

// The writer thread's copy of the rule, in plain JavaScript (see the file).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const writes = require('./sqlite-append-writes') as { expectationHolds: (expected: ExpectedRevision, current: number | undefined) => boolean };

describe('the expected revision as the SQLite writer checks it', () => {
  it('holds exactly where the rule every adapter shares holds', () => {
    const expectations: ExpectedRevision[] = ['any', 'no-stream', 'stream-exists', -1, 0, 1, 5];
    const streams = [undefined, 0, 1, 5];
    for (const expected of expectations) {
      for (const current of streams) expect([expected, current, writes.expectationHolds(expected, current)]).toEqual([expected, current, expectationHolds(expected, current)]);
    }
  });
});
