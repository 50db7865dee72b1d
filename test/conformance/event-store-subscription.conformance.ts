import type { NewEvent } from '@telemed/event-store';
import {
  appendOneByOne,
  type CurrentSubject,
  expectStrictlyIncreasing,
  idsOf,
  newEvent,
  newEvents,
  positionsOf,
  recordingSubscriber,
  sleep,
  uniqueStreamId,
  until,
} from './event-store-fixtures';

/** Long enough for a wrongly delivered event to show up through a prompt notification. */
const QUIET_PERIOD_MS = 100;

export function describeSubscribing(subject: CurrentSubject): void {
  const store = () => subject().store;

  describe('subscribing to the log', () => {
    it('a subscription catches up from its start position and then receives later appends in order', async () => {
      const streamId = uniqueStreamId();
      const history = newEvents(4);
      const [, second] = await appendOneByOne(store(), history.map((event) => ({ streamId, event })));
      const { received, subscription } = recordingSubscriber(store(), { after: second.lastPosition });
      await until(() => received.length === 2, 'the catch-up is delivered');

      const live = newEvents(3, 'ConsultationScheduled');
      await appendOneByOne(store(), live.map((event) => ({ streamId, event })));
      await until(() => received.length === 5, 'the live events are delivered');
      await subscription.stop();

      expect(idsOf(received)).toEqual(idsOf([...history.slice(2), ...live]));
      expectStrictlyIncreasing(positionsOf(received));
    });

    it('a subscription from the head receives only events appended after it started', async () => {
      await store().appendToStream(uniqueStreamId(), newEvents(3), 'no-stream');
      const { received, subscription } = recordingSubscriber(store(), { after: await store().headPosition() });
      const later = newEvent();
      await store().appendToStream(uniqueStreamId(), [later], 'no-stream');
      await until(() => received.length === 1, 'the new event is delivered');
      await sleep(QUIET_PERIOD_MS);
      await subscription.stop();
      expect(idsOf(received)).toEqual([later.eventId]);
    });

    it('events appended concurrently while a subscription is live arrive once each, in log order, in batches of at most batchSize', async () => {
      await store().appendToStream(uniqueStreamId(), newEvents(5), 'no-stream');
      const { received, calls, subscription } = recordingSubscriber(store(), { after: 0n, batchSize: 3 });
      const streams = [uniqueStreamId(), uniqueStreamId(), uniqueStreamId('expert'), uniqueStreamId('training')];
      await Promise.all(
        streams.map((streamId) => appendOneByOne(store(), newEvents(5).map((event) => ({ streamId, event })))),
      );
      await until(() => received.length === 25, 'all 25 events are delivered');
      await sleep(QUIET_PERIOD_MS);
      await subscription.stop();

      const { events: log } = await store().readAll();
      expect(idsOf(received)).toEqual(idsOf(log));
      expect(calls.every((call) => call.eventCount <= 3)).toBe(true);
    });

    it('a filtered subscription receives only matching events, and its checkpoint still advances over the rest', async () => {
      const streamId = uniqueStreamId();
      const scheduled = [newEvent('ConsultationScheduled'), newEvent('ConsultationScheduled')];
      const history = [newEvent('ConsultationRequested'), scheduled[0], newEvent('NoteAdded')];
      await appendOneByOne(store(), history.map((event) => ({ streamId, event })));
      const { received, calls, subscription } = recordingSubscriber(store(), {
        after: 0n,
        filter: { eventTypes: ['ConsultationScheduled'] },
      });
      await store().appendToStream(streamId, [scheduled[1]], 'any');
      await until(() => received.length === 2, 'both matching events are delivered');

      await store().appendToStream(streamId, [newEvent('NoteAdded')], 'any');
      const head = await store().headPosition();
      await until(() => calls[calls.length - 1].scannedUpTo === head, 'the checkpoint reaches the head');
      await subscription.stop();

      expect(idsOf(received)).toEqual(idsOf(scheduled));
      expect(calls[calls.length - 1]).toEqual({ eventCount: 0, scannedUpTo: head });
    });

    it('a subscription filtered by stream prefix receives only the events of those streams', async () => {
      const consultationEvents = newEvents(2);
      await appendOneByOne(store(), [
        { streamId: 'consultation-1', event: consultationEvents[0] },
        { streamId: 'training-1', event: newEvent() },
        { streamId: 'consultation-2', event: consultationEvents[1] },
      ]);
      const { received, subscription } = recordingSubscriber(store(), {
        after: 0n,
        filter: { streamPrefixes: ['consultation-'] },
      });
      await until(() => received.length === 2, 'the consultation events are delivered');
      await sleep(QUIET_PERIOD_MS);
      await subscription.stop();
      expect(idsOf(received)).toEqual(idsOf(consultationEvents));
    });

    it('a failing handler ends the subscription, done rejects with its error, and nothing more is delivered', async () => {
      await store().appendToStream(uniqueStreamId(), newEvents(3), 'no-stream');
      const failure = new Error('the read model is unreachable');
      let calls = 0;
      const subscription = store().subscribeToAll({ after: 0n, batchSize: 1 }, async () => {
        calls++;
        if (calls === 2) throw failure;
      });
      await expect(subscription.done).rejects.toBe(failure);

      await store().appendToStream(uniqueStreamId(), newEvents(1), 'no-stream');
      await sleep(QUIET_PERIOD_MS);
      expect(calls).toBe(2);
      await subscription.stop();
    });

    it('stop waits for the handler in flight, ends the subscription, and nothing is delivered afterwards', async () => {
      let releaseHandler = () => {};
      const handlerMayFinish = new Promise<void>((resolve) => (releaseHandler = resolve));
      let handlerStarted = false;
      let handlerFinished = false;
      const subscription = store().subscribeToAll({ after: 0n }, async () => {
        handlerStarted = true;
        await handlerMayFinish;
        handlerFinished = true;
      });
      await store().appendToStream(uniqueStreamId(), [newEvent()], 'no-stream');
      await until(() => handlerStarted, 'the handler is called');

      let stopped = false;
      const stopping = subscription.stop().then(() => (stopped = true));
      await sleep(20);
      expect(stopped).toBe(false);
      releaseHandler();
      await stopping;
      expect(handlerFinished).toBe(true);
      await expect(subscription.done).resolves.toBeUndefined();

      handlerFinished = false;
      await store().appendToStream(uniqueStreamId(), [newEvent()], 'no-stream');
      await sleep(QUIET_PERIOD_MS);
      expect(handlerFinished).toBe(false);
    });

    it('stop ends an idle live subscription promptly', async () => {
      const { subscription } = recordingSubscriber(store(), { after: 0n });
      await sleep(20);
      const startedAt = Date.now();
      await subscription.stop();
      expect(Date.now() - startedAt).toBeLessThan(150);
      await expect(subscription.done).resolves.toBeUndefined();
    });

    it('closing the store ends its subscriptions', async () => {
      const { subscription } = recordingSubscriber(store(), { after: 0n });
      await sleep(20);
      await store().close();
      await expect(subscription.done).resolves.toBeUndefined();
    });
  });

  describe('restarting the store', () => {
    // Only a durable store can be restarted: the adapter's test provides `reopen` when it has one.
    it('a subscriber that commits a checkpoint with each batch neither loses nor repeats an event across a restart', async () => {
      const { reopen } = subject();
      if (!reopen) return;
      const streamId = uniqueStreamId();
      const beforeRestart = newEvents(6);
      await store().appendToStream(streamId, beforeRestart, 'no-stream');

      // The projection commits its events and its checkpoint together; it crashes before committing its second batch.
      const committed: NewEvent['eventId'][] = [];
      let checkpoint = 0n;
      let batches = 0;
      const beforeCrash = store().subscribeToAll({ after: checkpoint, batchSize: 2 }, async (events, scannedUpTo) => {
        if (++batches === 2) throw new Error('the process died');
        committed.push(...idsOf(events));
        checkpoint = scannedUpTo;
      });
      await expect(beforeCrash.done).rejects.toThrow('the process died');
      await store().close();

      const reopened = await reopen();
      const afterRestart = newEvents(3);
      await reopened.appendToStream(streamId, afterRestart, 5);
      const afterCrash = reopened.subscribeToAll({ after: checkpoint, batchSize: 2 }, async (events, scannedUpTo) => {
        committed.push(...idsOf(events));
        checkpoint = scannedUpTo;
      });
      await until(() => committed.length >= 9, 'the remaining events are delivered');
      await sleep(QUIET_PERIOD_MS);
      await afterCrash.stop();

      expect(committed).toEqual(idsOf([...beforeRestart, ...afterRestart]));
      expect(checkpoint).toBe(await reopened.headPosition());
      const stream = await reopened.readStream(streamId);
      expect(stream.map((event) => event.streamRevision)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
      expectStrictlyIncreasing(positionsOf(stream));
    });
  });
}
