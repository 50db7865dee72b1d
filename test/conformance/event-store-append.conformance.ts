import { DomainError } from '@telemed/domain/core';
import { DuplicateEvent, VersionConflict } from '@telemed/event-store';
import type { NewEvent } from '@telemed/event-store';
import {
  type CurrentSubject,
  type EventStoreCapabilities,
  expectNothingWritten,
  expectStrictlyIncreasing,
  expectVersionConflict,
  idsOf,
  metadataOf,
  newEvent,
  newEvents,
  positionsOf,
  uniqueStreamId,
} from './event-store-fixtures';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export function describeAppending(subject: CurrentSubject, capabilities: EventStoreCapabilities): void {
  const store = () => subject().store;

  describe('appending and reading back', () => {
    it('an appended event reads back with its whole envelope, from its stream and from the log', async () => {
      const streamId = uniqueStreamId();
      const event: NewEvent = {
        eventId: 'a4f0c9de-6a55-4a8e-9a53-5c1f0b8f7e21',
        type: 'ConsultationRequested',
        schemaVersion: 3,
        data: { patientAge: 47, urgent: true, symptoms: ['fever', 'кашель'], referral: null, nested: { a: [1, 2.5] } },
        metadata: metadataOf({
          actor: { userId: 'user-clinician-7', role: 'clinician', hospitalId: 'hospital-lviv-1' },
          correlationId: 'corr-1',
          causationId: 'cause-1',
          requestId: 'req-1',
          sourceAddress: '10.20.30.40',
        }),
      };
      const before = Date.now();
      const result = await store().appendToStream(streamId, [event], 'no-stream');
      const after = Date.now();

      const [fromStream] = await store().readStream(streamId);
      expect(fromStream).toEqual({
        ...event,
        streamId,
        streamRevision: 0,
        globalPosition: result.lastPosition,
        recordedAt: expect.any(String),
      });
      expect(typeof fromStream.globalPosition).toBe('bigint');
      expect(fromStream.globalPosition > 0n).toBe(true);
      expect(fromStream.recordedAt).toMatch(ISO_INSTANT);
      const recordedAt = Date.parse(fromStream.recordedAt);
      expect(recordedAt).toBeGreaterThanOrEqual(before - 1000);
      expect(recordedAt).toBeLessThanOrEqual(after + 1000);
      expect((await store().readAll()).events).toEqual([fromStream]);
    });

    it('a stream counts revisions from zero and the append reports the last revision and position', async () => {
      const streamId = uniqueStreamId();
      const first = await store().appendToStream(streamId, newEvents(3), 'no-stream');
      const second = await store().appendToStream(streamId, newEvents(2), 2);

      const events = await store().readStream(streamId);
      expect(events.map((event) => event.streamRevision)).toEqual([0, 1, 2, 3, 4]);
      expect(first).toEqual({ streamId, nextExpectedRevision: 2, lastPosition: events[2].globalPosition });
      expect(second).toEqual({ streamId, nextExpectedRevision: 4, lastPosition: events[4].globalPosition });
    });

    it('global positions strictly increase in commit order across streams', async () => {
      const streams = [uniqueStreamId(), uniqueStreamId('expert'), uniqueStreamId('training')];
      const appended: NewEvent[] = [];
      for (let round = 0; round < 3; round++) {
        for (const streamId of streams) {
          const event = newEvent();
          appended.push(event);
          await store().appendToStream(streamId, [event], 'any');
        }
      }
      const { events } = await store().readAll();
      expect(idsOf(events)).toEqual(idsOf(appended));
      expectStrictlyIncreasing(positionsOf(events));
    });

    it('the head position is 0 for an empty log and then the position of the last committed event', async () => {
      expect(await store().headPosition()).toBe(0n);
      await store().appendToStream(uniqueStreamId(), newEvents(2), 'no-stream');
      const last = await store().appendToStream(uniqueStreamId(), newEvents(1), 'no-stream');
      expect(await store().headPosition()).toBe(last.lastPosition);
    });
  });

  describe('expected revisions', () => {
    it('no-stream creates a new stream and refuses one that exists', async () => {
      const streamId = uniqueStreamId();
      await store().appendToStream(streamId, [newEvent()], 'no-stream');
      await expectVersionConflict(store(), () => store().appendToStream(streamId, [newEvent()], 'no-stream'), {
        streamId,
        expectedRevision: 'no-stream',
        actualRevision: 0,
      });
      expect(await store().readStream(streamId)).toHaveLength(1);
    });

    it('stream-exists refuses a missing stream as no-stream and appends to an existing one', async () => {
      const streamId = uniqueStreamId();
      await expectVersionConflict(store(), () => store().appendToStream(streamId, [newEvent()], 'stream-exists'), {
        streamId,
        expectedRevision: 'stream-exists',
        actualRevision: 'no-stream',
      });
      await store().appendToStream(streamId, [newEvent()], 'no-stream');
      const result = await store().appendToStream(streamId, [newEvent()], 'stream-exists');
      expect(result.nextExpectedRevision).toBe(1);
    });

    it('an exact revision is accepted only when it is the revision of the last event', async () => {
      const streamId = uniqueStreamId();
      await expectVersionConflict(store(), () => store().appendToStream(streamId, [newEvent()], 0), {
        streamId,
        expectedRevision: 0,
        actualRevision: 'no-stream',
      });
      await store().appendToStream(streamId, newEvents(2), 'no-stream');
      await expectVersionConflict(store(), () => store().appendToStream(streamId, [newEvent()], 0), {
        streamId,
        expectedRevision: 0,
        actualRevision: 1,
      });
      await expectVersionConflict(store(), () => store().appendToStream(streamId, [newEvent()], 5), {
        streamId,
        expectedRevision: 5,
        actualRevision: 1,
      });
      expect((await store().appendToStream(streamId, [newEvent()], 1)).nextExpectedRevision).toBe(2);
    });

    it('any appends whether or not the stream exists', async () => {
      const streamId = uniqueStreamId();
      expect((await store().appendToStream(streamId, [newEvent()], 'any')).nextExpectedRevision).toBe(0);
      expect((await store().appendToStream(streamId, [newEvent()], 'any')).nextExpectedRevision).toBe(1);
    });

    it('a version conflict is a typed conflict error naming the stream, the expectation and the actual revision', async () => {
      const streamId = uniqueStreamId();
      await store().appendToStream(streamId, [newEvent()], 'no-stream');
      const error = await store().appendToStream(streamId, [newEvent()], 3).catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(VersionConflict);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({
        kind: 'conflict',
        code: 'version-conflict',
        streamId,
        expectedRevision: 3,
        actualRevision: 0,
      });
    });

    it('an empty append writes nothing but still checks the expectation and reports the current revision', async () => {
      const missing = uniqueStreamId();
      expect(await store().appendToStream(missing, [], 'no-stream')).toEqual({
        streamId: missing,
        nextExpectedRevision: -1,
        lastPosition: 0n,
      });
      expect(await store().readStream(missing)).toEqual([]);

      const streamId = uniqueStreamId();
      await store().appendToStream(streamId, newEvents(3), 'no-stream');
      const head = await store().headPosition();
      expect(await store().appendToStream(streamId, [], 2)).toEqual({
        streamId,
        nextExpectedRevision: 2,
        lastPosition: head,
      });
      await expectVersionConflict(store(), () => store().appendToStream(streamId, [], 1), {
        streamId,
        expectedRevision: 1,
        actualRevision: 2,
      });
      await expectVersionConflict(store(), () => store().appendToStream(missing, [], 'stream-exists'), {
        streamId: missing,
        expectedRevision: 'stream-exists',
        actualRevision: 'no-stream',
      });
      expect(await store().headPosition()).toBe(head);
    });
  });

  describe('optimistic concurrency', () => {
    it('of ten writers racing at the same expected revision exactly one wins and the others get a version conflict', async () => {
      const streamId = uniqueStreamId();
      await store().appendToStream(streamId, [newEvent()], 'no-stream');
      const contenders = newEvents(10, 'ExpertAssigned');
      const outcomes = await Promise.allSettled(
        contenders.map((event) => store().appendToStream(streamId, [event], 0)),
      );

      const winners = outcomes.flatMap((outcome, index) => (outcome.status === 'fulfilled' ? [contenders[index]] : []));
      const refusals = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
      expect(winners).toHaveLength(1);
      expect(refusals).toHaveLength(9);
      refusals.forEach((reason) => expect(reason).toBeInstanceOf(VersionConflict));
      const events = await store().readStream(streamId);
      expect(events.map((event) => event.eventId)).toEqual([events[0].eventId, winners[0].eventId]);
    });

    it('of ten writers racing to create the same stream exactly one wins', async () => {
      const streamId = uniqueStreamId();
      const outcomes = await Promise.allSettled(
        newEvents(10).map((event) => store().appendToStream(streamId, [event], 'no-stream')),
      );
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      expect(await store().readStream(streamId)).toHaveLength(1);
    });
  });

  describe('appending to several streams at once', () => {
    it('events for several streams commit together in the order of the batch', async () => {
      const consultation = uniqueStreamId();
      const expert = uniqueStreamId('expert');
      const forConsultation = newEvents(2);
      const forExpert = newEvents(1, 'ExpertBooked');
      const results = await store().appendToStreams([
        { streamId: consultation, events: forConsultation, expectedRevision: 'no-stream' },
        { streamId: expert, events: forExpert, expectedRevision: 'any' },
      ]);

      const { events } = await store().readAll();
      expect(idsOf(events)).toEqual(idsOf([...forConsultation, ...forExpert]));
      expect(results).toEqual([
        { streamId: consultation, nextExpectedRevision: 1, lastPosition: events[1].globalPosition },
        { streamId: expert, nextExpectedRevision: 0, lastPosition: events[2].globalPosition },
      ]);
    });

    it('the store declares whether its multi-stream append is atomic, as the suite expects', () => {
      expect(store().supportsAtomicMultiStreamAppend !== false).toBe(capabilities.atomicMultiStreamAppend);
    });

    it('an event id given twice in one batch fails with DuplicateEvent before any stream is written', async () => {
      const repeated = newEvent();
      const fresh = uniqueStreamId();
      const other = uniqueStreamId('expert');
      const error = await expectNothingWritten(store(), () =>
        store().appendToStreams([
          { streamId: fresh, events: [newEvent(), repeated], expectedRevision: 'no-stream' },
          { streamId: other, events: [{ ...repeated, type: 'Replayed' }], expectedRevision: 'any' },
        ]),
      );
      expect(error).toBeInstanceOf(DuplicateEvent);
      expect(error).toMatchObject({ eventId: repeated.eventId });
      expect(await store().readStream(fresh)).toEqual([]);
      expect(await store().readStream(other)).toEqual([]);
    });

    if (capabilities.atomicMultiStreamAppend) {
      it('when one stream of a batch fails its expectation, no stream of the batch is written', async () => {
        const existing = uniqueStreamId('expert');
        await store().appendToStream(existing, [newEvent()], 'no-stream');
        const fresh = uniqueStreamId();
        const error = await expectNothingWritten(store(), () =>
          store().appendToStreams([
            { streamId: fresh, events: newEvents(2), expectedRevision: 'no-stream' },
            { streamId: existing, events: newEvents(1), expectedRevision: 4 },
          ]),
        );
        expect(error).toBeInstanceOf(VersionConflict);
        expect(error).toMatchObject({ streamId: existing, expectedRevision: 4, actualRevision: 0 });
        expect(await store().readStream(fresh)).toEqual([]);
        expect(await store().readStream(existing)).toHaveLength(1);
      });

      it('an event id already in the log fails the whole batch with DuplicateEvent', async () => {
        const recorded = newEvent();
        await store().appendToStream(uniqueStreamId(), [recorded], 'no-stream');
        const fresh = uniqueStreamId();
        const other = uniqueStreamId('expert');
        const error = await expectNothingWritten(store(), () =>
          store().appendToStreams([
            { streamId: fresh, events: [newEvent()], expectedRevision: 'no-stream' },
            { streamId: other, events: [newEvent(), { ...recorded, type: 'Replayed' }], expectedRevision: 'any' },
          ]),
        );
        expect(error).toBeInstanceOf(DuplicateEvent);
        expect(error).toMatchObject({ kind: 'conflict', code: 'duplicate-event', eventId: recorded.eventId });
        expect(await store().readStream(fresh)).toEqual([]);
        expect(await store().readStream(other)).toEqual([]);
      });
    } else {
      // Without a multi-stream transaction the batch is a sequence of single-stream appends.
      it('a non-atomic batch is appended stream by stream: a failed expectation ends it, the streams before stay written', async () => {
        const existing = uniqueStreamId('expert');
        await store().appendToStream(existing, [newEvent()], 'no-stream');
        const before = uniqueStreamId();
        const after = uniqueStreamId('training');
        const written = newEvents(2);
        const error = await store()
          .appendToStreams([
            { streamId: before, events: written, expectedRevision: 'no-stream' },
            { streamId: existing, events: newEvents(1), expectedRevision: 4 },
            { streamId: after, events: newEvents(1), expectedRevision: 'no-stream' },
          ])
          .catch((reason: unknown) => reason);
        expect(error).toBeInstanceOf(VersionConflict);
        expect(error).toMatchObject({ streamId: existing, expectedRevision: 4, actualRevision: 0 });
        expect(idsOf(await store().readStream(before))).toEqual(idsOf(written));
        expect(await store().readStream(existing)).toHaveLength(1);
        expect(await store().readStream(after)).toEqual([]);
      });
    }

    it('an event id given twice in one append fails with DuplicateEvent and writes nothing', async () => {
      const streamId = uniqueStreamId();
      const event = newEvent();
      const error = await expectNothingWritten(store(), () =>
        store().appendToStream(streamId, [event, event], 'no-stream'),
      );
      expect(error).toBeInstanceOf(DuplicateEvent);
      expect(await store().readStream(streamId)).toEqual([]);
    });
  });
}
