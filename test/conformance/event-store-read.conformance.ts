import type { ReadStreamOptions, RecordedEvent } from '@telemed/event-store';
import {
  appendOneByOne,
  type CurrentSubject,
  idsOf,
  newEvent,
  newEvents,
  uniqueStreamId,
} from './event-store-fixtures';

export function describeReading(subject: CurrentSubject): void {
  const store = () => subject().store;

  describe('reading a stream', () => {
    it('a stream reads forwards from a revision, inclusive, up to maxCount', async () => {
      const streamId = uniqueStreamId();
      const written = newEvents(6);
      await store().appendToStream(streamId, written, 'no-stream');
      await store().appendToStream(uniqueStreamId(), newEvents(2), 'no-stream');

      const read = async (options?: ReadStreamOptions) => idsOf(await store().readStream(streamId, options));

      expect(await read()).toEqual(idsOf(written));
      expect(await read({ fromRevision: 2 })).toEqual(idsOf(written.slice(2)));
      expect(await read({ fromRevision: 2, maxCount: 3 })).toEqual(idsOf(written.slice(2, 5)));
      expect(await read({ direction: 'forwards', maxCount: 1 })).toEqual(idsOf(written.slice(0, 1)));
      expect(await read({ fromRevision: 6 })).toEqual([]);
    });

    it('a stream reads backwards from its last event or from a revision, inclusive', async () => {
      const streamId = uniqueStreamId();
      const written = newEvents(6);
      await store().appendToStream(streamId, written, 'no-stream');
      const newestFirst = [...written].reverse();
      const readBackwards = async (options: ReadStreamOptions) =>
        idsOf(await store().readStream(streamId, { direction: 'backwards', ...options }));

      const backwards = await store().readStream(streamId, { direction: 'backwards' });
      expect(idsOf(backwards)).toEqual(idsOf(newestFirst));
      expect(backwards.map((event) => event.streamRevision)).toEqual([5, 4, 3, 2, 1, 0]);
      expect(await readBackwards({ maxCount: 1 })).toEqual(idsOf(newestFirst.slice(0, 1)));
      expect(await readBackwards({ fromRevision: 3, maxCount: 2 })).toEqual(idsOf([written[3], written[2]]));
    });

    it('reading a stream that does not exist gives no events', async () => {
      expect(await store().readStream(uniqueStreamId())).toEqual([]);
      expect(await store().readStream(uniqueStreamId(), { direction: 'backwards' })).toEqual([]);
    });
  });

  describe('reading the whole log', () => {
    it('an empty log reads as no events, scanned up to position 0', async () => {
      expect(await store().readAll()).toEqual({ events: [], scannedUpTo: 0n });
    });

    it('the log reads in pages: after is exclusive and maxCount bounds each page', async () => {
      const written = newEvents(7);
      await appendOneByOne(store(), written.map((event, index) => ({ streamId: `consultation-${index % 3}`, event })));

      const pages: RecordedEvent[][] = [];
      let after = 0n;
      for (;;) {
        const slice = await store().readAll({ after, maxCount: 3 });
        if (slice.events.length === 0) break;
        pages.push(slice.events);
        expect(slice.events[0].globalPosition > after).toBe(true);
        after = slice.scannedUpTo;
      }
      expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
      expect(idsOf(pages.flat())).toEqual(idsOf(written));
    });

    it('a full page is scanned up to its last event, and a partial page up to the head', async () => {
      await appendOneByOne(store(), newEvents(5).map((event) => ({ streamId: uniqueStreamId(), event })));
      const head = await store().headPosition();

      const full = await store().readAll({ maxCount: 2 });
      expect(full.scannedUpTo).toBe(full.events[1].globalPosition);
      const partial = await store().readAll({ after: full.scannedUpTo, maxCount: 10 });
      expect(partial.events).toHaveLength(3);
      expect(partial.scannedUpTo).toBe(head);
      expect(await store().readAll({ after: head })).toEqual({ events: [], scannedUpTo: head });
    });

    it('an event type filter returns only those types while the scan still reaches the head', async () => {
      const streamId = uniqueStreamId();
      const requested = newEvent('ConsultationRequested');
      const scheduled = newEvent('ConsultationScheduled');
      const cancelled = newEvent('ConsultationCancelled');
      const history = [requested, newEvent('ExpertAssigned'), scheduled, cancelled, newEvent('NoteAdded')];
      await appendOneByOne(store(), history.map((event) => ({ streamId, event })));
      const head = await store().headPosition();

      const filter = { eventTypes: ['ConsultationRequested', 'ConsultationScheduled', 'ConsultationCancelled'] };
      const slice = await store().readAll({ filter });
      expect(idsOf(slice.events)).toEqual(idsOf([requested, scheduled, cancelled]));
      expect(slice.scannedUpTo).toBe(head);

      const firstPage = await store().readAll({ filter, maxCount: 1 });
      expect(idsOf(firstPage.events)).toEqual([requested.eventId]);
      expect(firstPage.scannedUpTo).toBe(firstPage.events[0].globalPosition);
      const rest = await store().readAll({ filter, after: firstPage.scannedUpTo, maxCount: 5 });
      expect(idsOf(rest.events)).toEqual(idsOf([scheduled, cancelled]));
      expect(rest.scannedUpTo).toBe(head);
    });

    it('a filter that matches nothing returns no events but reports how far it scanned', async () => {
      await store().appendToStream(uniqueStreamId(), newEvents(3), 'no-stream');
      expect(await store().readAll({ filter: { eventTypes: ['NeverRecorded'] } })).toEqual({
        events: [],
        scannedUpTo: await store().headPosition(),
      });
    });

    it('a stream prefix filter matches the start of the stream id literally and case-sensitively', async () => {
      const streamIds = ['consultation-1', 'Consultation-2', 'consultationX-3', 'expert-1', 'a%b-1', 'a_c-1', 'axb-1'];
      await appendOneByOne(store(), streamIds.map((streamId) => ({ streamId, event: newEvent() })));
      const streamsMatching = async (streamPrefixes: string[]) =>
        (await store().readAll({ filter: { streamPrefixes } })).events.map((event) => event.streamId);

      expect(await streamsMatching(['consultation-'])).toEqual(['consultation-1']);
      expect(await streamsMatching(['expert-', 'consultation-'])).toEqual(['consultation-1', 'expert-1']);
      expect(await streamsMatching(['a%'])).toEqual(['a%b-1']);
      expect(await streamsMatching(['a_'])).toEqual(['a_c-1']);
      expect(await streamsMatching(['consult'])).toEqual(['consultation-1', 'consultationX-3']);
    });

    it('type and prefix filters given together must both match', async () => {
      const wanted = newEvent('ConsultationScheduled');
      await store().appendToStream('consultation-1', [newEvent('ConsultationRequested'), wanted], 'no-stream');
      await store().appendToStream('training-1', [newEvent('ConsultationScheduled')], 'no-stream');

      const slice = await store().readAll({
        filter: { eventTypes: ['ConsultationScheduled'], streamPrefixes: ['consultation-'] },
      });
      expect(idsOf(slice.events)).toEqual([wanted.eventId]);
    });

    it('empty filter lists do not restrict the read', async () => {
      const written = newEvents(3);
      await store().appendToStream(uniqueStreamId(), written, 'no-stream');
      const slice = await store().readAll({ filter: { eventTypes: [], streamPrefixes: [] } });
      expect(idsOf(slice.events)).toEqual(idsOf(written));
    });
  });
}
