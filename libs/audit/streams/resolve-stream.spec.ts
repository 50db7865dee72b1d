import { NotFound } from '@telemed/domain/core';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { AmbiguousStreamId, resolveStream } from './resolve-stream';

const eventOf = (streamId: string): RecordedEvent =>
  ({ eventId: `${streamId}-0`, type: 'Recorded', schemaVersion: 1, streamId, streamRevision: 0, globalPosition: 1n, recordedAt: '2026-03-02T00:00:00.000Z', data: {}, metadata: {} }) as unknown as RecordedEvent;

/** A log holding one event in each of the given streams. */
const logOf = (...streamIds: string[]) => ({
  readStream: async (streamId: string) => (streamIds.includes(streamId) ? [eventOf(streamId)] : []),
});

describe('finding the stream a caller means', () => {
  it('reads a stream named by its stream id', async () => {
    expect((await resolveStream(logOf('consultation-c1'), 'consultation-c1')).streamId).toBe('consultation-c1');
  });

  it("resolves the raw id of a case or of the network to the one aggregate stream holding it", async () => {
    expect((await resolveStream(logOf('consultation-c1'), 'c1')).streamId).toBe('consultation-c1');
    expect((await resolveStream(logOf('training-session-t1'), 't1')).streamId).toBe('training-session-t1');
    expect((await resolveStream(logOf('partnership-p1'), 'p1')).streamId).toBe('partnership-p1');
  });

  it('answers not found for an id no stream holds, and names the streams of an ambiguous raw id', async () => {
    await expect(resolveStream(logOf('consultation-c1'), 'c2')).rejects.toThrow(NotFound);
    await expect(resolveStream(logOf('consultation-x', 'expert-x'), 'x')).rejects.toThrow(new AmbiguousStreamId('x', ['consultation-x', 'expert-x']));
  });
});
