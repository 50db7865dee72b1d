import { VersionConflict } from './event-store.errors';
import { assertExpectedRevision, expectationHolds } from './expected-revision';

describe('an expected revision', () => {
  it('any holds wherever the stream is', () => {
    expect([undefined, 0, 7].map((current) => expectationHolds('any', current))).toEqual([true, true, true]);
  });

  it('no-stream and stream-exists say whether the stream has events', () => {
    expect(expectationHolds('no-stream', undefined)).toBe(true);
    expect(expectationHolds('no-stream', 0)).toBe(false);
    expect(expectationHolds('stream-exists', undefined)).toBe(false);
    expect(expectationHolds('stream-exists', 3)).toBe(true);
  });

  it('a number holds at exactly that revision, and -1 where the stream has none', () => {
    expect(expectationHolds(3, 3)).toBe(true);
    expect(expectationHolds(2, 3)).toBe(false);
    expect(expectationHolds(-1, undefined)).toBe(true);
    expect(expectationHolds(0, undefined)).toBe(false);
  });

  it('a writer that expected otherwise gets a version conflict naming both revisions', () => {
    expect(() => assertExpectedRevision('consultation-1', 4, 5)).toThrow(VersionConflict);
    expect(() => assertExpectedRevision('consultation-1', 'stream-exists', undefined)).toThrow('stream consultation-1 is at revision no-stream, expected stream-exists');
    expect(() => assertExpectedRevision('consultation-1', 5, 5)).not.toThrow();
  });
});
