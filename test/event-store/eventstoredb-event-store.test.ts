import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@telemed/event-store';
import { CHECKPOINT_EVENT_TYPE, EventStoreDbCheckpointStore, EventStoreDbEventStore } from '@telemed/event-store/eventstoredb';
import { describeEventStoreConformance } from '../conformance/event-store.conformance';
import { idsOf, newEvent, newEvents, sleep, uniqueStreamId, until } from '../conformance/event-store-fixtures';
import {
  connectStore,
  type EventStoreDbServer,
  eventStoreDbServer,
  eventStoreDbUnderTest,
  REAL_SERVER,
} from '../support/eventstoredb/eventstoredb-under-test';

const NON_ATOMIC = { capabilities: { atomicMultiStreamAppend: false } };

describeEventStoreConformance('EventStoreDbEventStore', () => eventStoreDbUnderTest(), NON_ATOMIC);

// Clients before BatchAppend, and servers before 21.10, append with Streams.Append: the same contract holds.
(REAL_SERVER ? describe.skip : describe)('over Streams.Append (a server without BatchAppend)', () => {
  describeEventStoreConformance('EventStoreDbEventStore', () => eventStoreDbUnderTest({ batchAppend: false }), NON_ATOMIC);
});

describe('EventStoreDbEventStore on EventStoreDB', () => {
  let server: EventStoreDbServer;
  let store: EventStoreDbEventStore;
  beforeEach(async () => {
    server = await eventStoreDbServer();
    store = await connectStore(server.connectionString);
  });
  afterEach(async () => {
    await store.close();
    await server.stop();
  });

  it('a subscriber restarted from its checkpoint sees every event exactly once', async () => {
    const checkpoints = new EventStoreDbCheckpointStore(store);
    const subscriber = `projection-${randomUUID()}`;
    const streamId = uniqueStreamId();
    const seen: string[] = [];
    // A subscriber without a checkpoint starts at the head it was deployed at (on a shared server, not at 0).
    const deployedAt = await store.headPosition();
    // It applies each batch, then saves how far it got; it crashes while applying its third batch of events.
    const run = (crashOnBatch?: number) => {
      let batches = 0;
      return checkpoints.load(subscriber).then((checkpoint) =>
        store.subscribeToAll(
          { after: checkpoint > 0n ? checkpoint : deployedAt, batchSize: 2, filter: { streamPrefixes: [streamId] } },
          async (events, scannedUpTo) => {
            if (events.length > 0 && ++batches === crashOnBatch) throw new Error('the process died');
            seen.push(...idsOf(events));
            await checkpoints.save(subscriber, scannedUpTo);
          },
        ),
      );
    };
    const first = newEvents(7);
    await store.appendToStream(streamId, first, 'no-stream');
    const beforeCrash = await run(3);
    await expect(beforeCrash.done).rejects.toThrow('the process died');
    // Batches hold at most two events; the two batches before the crash were applied and saved.
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen).toEqual(idsOf(first.slice(0, seen.length)));

    const later = newEvents(3);
    await store.appendToStream(streamId, later, 6);
    const afterRestart = await run();
    await until(() => seen.length === 10, 'the rest of the events are delivered');
    await sleep(100);
    await afterRestart.stop();
    expect(seen).toEqual(idsOf([...first, ...later]));
    expect(await checkpoints.load(subscriber)).toBe(await store.headPosition());
  });

  it('checkpoint records are system records: no reader, subscriber or head ever sees them', async () => {
    const streamId = uniqueStreamId();
    await store.appendToStream(streamId, newEvents(2), 'no-stream');
    const head = await store.headPosition();
    await new EventStoreDbCheckpointStore(store).save(`relay-${randomUUID()}`, head);
    expect((await store.readAll({ after: head, filter: { eventTypes: [CHECKPOINT_EVENT_TYPE] } })).events).toEqual([]);
    // Another writer on a shared real server may move the head; on the test server nobody else writes.
    if (!REAL_SERVER) expect(await store.headPosition()).toBe(head);
  });

  it('a second instance running the same subscriber cannot move its checkpoint back', async () => {
    const [one, two] = [new EventStoreDbCheckpointStore(store), new EventStoreDbCheckpointStore(store)];
    await one.load('relay');
    await two.load('relay');
    await one.save('relay', 200n);
    await expect(two.save('relay', 100n)).rejects.toMatchObject({ code: 'version-conflict' });
    expect(await new EventStoreDbCheckpointStore(store).load('relay')).toBe(200n);
  });

  it('re-sending an append the server already recorded is acknowledged without writing the events twice', async () => {
    const streamId = uniqueStreamId();
    await store.appendToStream(streamId, [newEvent()], 'no-stream');
    const events = newEvents(2);
    const first = await store.appendToStream(streamId, events, 0);
    // A retry after a lost acknowledgement sends the same events with the same expectation.
    const retry = await store.appendToStream(streamId, events, 0);
    expect(retry).toEqual(first);
    expect(await store.readStream(streamId)).toHaveLength(3);
  });

  it('global positions are the server’s commit positions: increasing, not event counts', async () => {
    const streamId = uniqueStreamId();
    const { lastPosition } = await store.appendToStream(streamId, newEvents(3), 'no-stream');
    const positions = (await store.readStream(streamId)).map((event) => event.globalPosition);
    expect(positions[1] - positions[0]).not.toBe(1n);
    expect(positions[2]).toBe(lastPosition);
  });

  it('a numeric expectation of -1 means the stream has no events yet', async () => {
    const streamId = uniqueStreamId();
    await store.appendToStream(streamId, [newEvent()], -1);
    await expect(store.appendToStream(streamId, [newEvent()], -1)).rejects.toMatchObject({
      code: 'version-conflict',
      expectedRevision: -1,
      actualRevision: 0,
    });
  });

  it('a wrong address fails at connect with a message naming it', async () => {
    await expect(EventStoreDbEventStore.connect({ connectionString: 'esdb://127.0.0.1:1?tls=false' })).rejects.toThrow(
      /cannot reach EventStoreDB at esdb:\/\/127\.0\.0\.1:1/,
    );
  });
});

(REAL_SERVER ? describe.skip : describe)('the EventStoreDB test server', () => {
  let server: EventStoreDbServer;
  let store: EventStoreDbEventStore;
  beforeEach(async () => {
    server = await eventStoreDbServer();
    store = await connectStore(server.connectionString);
  });
  afterEach(async () => {
    await store.close();
    await server.stop();
  });

  it('system records the server writes between ours reach no reader, subscriber or head', async () => {
    const received: RecordedEvent[] = [];
    const subscription = store.subscribeToAll({ after: 0n, filter: { streamPrefixes: ['consultation-'] } }, async (events) => {
      received.push(...events);
    });
    const written = [newEvent(), newEvent()];
    await store.appendToStream(uniqueStreamId(), [written[0]], 'no-stream');
    server.testServer!.writeSystemEvent();
    await store.appendToStream(uniqueStreamId(), [written[1]], 'no-stream');
    server.testServer!.writeSystemEvent('$$consultation-1', '$metadata');
    await until(() => received.length === 2, 'both events are delivered');
    await subscription.stop();

    expect(idsOf(received)).toEqual(idsOf(written));
    expect(idsOf((await store.readAll()).events)).toEqual(idsOf(written));
    expect(await store.headPosition()).toBe(received[1].globalPosition);
  });

  it('the client appends with BatchAppend where the server offers it, reads and subscribes with Read', async () => {
    await store.appendToStream(uniqueStreamId(), newEvents(2), 'no-stream');
    await store.readAll();
    const subscription = store.subscribeToAll({ after: 0n }, async () => undefined);
    await sleep(50);
    await subscription.stop();
    expect([...server.testServer!.calls.keys()].sort()).toEqual([
      '/event_store.client.server_features.ServerFeatures/GetSupportedMethods',
      '/event_store.client.streams.Streams/BatchAppend',
      '/event_store.client.streams.Streams/Read',
    ]);
  });

  it('a method it does not implement answers UNIMPLEMENTED', async () => {
    const { EventStoreDBClient } = await import('@eventstore/db-client');
    const client = EventStoreDBClient.connectionString(server.connectionString);
    try {
      await expect(client.deleteStream('consultation-1')).rejects.toThrow(/UNIMPLEMENTED|does not implement/);
    } finally {
      await client.dispose();
    }
  });
});
