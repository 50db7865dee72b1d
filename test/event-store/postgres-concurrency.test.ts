import { randomUUID } from 'node:crypto';
import {
  type NewEvent,
  PostgresEventStore,
  type PostgresEventStoreOptions,
  type RecordedEvent,
  type StreamAppend,
} from '@telemed/event-store';
import { expectStrictlyIncreasing, idsOf, metadataOf, positionsOf, sleep, until } from '../conformance/event-store-fixtures';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

const TOTAL_EVENTS = 50_000;
const WRITERS = 8;
const LANES_PER_WRITER = 2;
const STREAMS = 300;
/** Share of appends that keep their transaction open for a few ms after taking their positions. */
const HELD_SHARE = 0.15;

/** A small seeded generator, so that a failing mix can be run again. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const streamIds = Array.from({ length: STREAMS }, (_, index) => `${['consultation', 'expert', 'training'][index % 3]}-${index}`);

function eventFor(streamId: string, writer: number): NewEvent {
  return {
    eventId: randomUUID(),
    type: streamId.startsWith('expert-') ? 'ExpertBooked' : 'NoteAdded',
    schemaVersion: 1,
    data: { writer },
    metadata: metadataOf(),
  };
}

/**
 * The whole workload, as one append (one transaction) per entry: mostly single events, then batches,
 * appends to several streams at once, and a few large batches, all over streams every writer shares.
 */
function planAppends(random: () => number): StreamAppend[][] {
  const appends: StreamAppend[][] = [];
  let remaining = TOTAL_EVENTS;
  const pick = () => streamIds[Math.floor(random() * STREAMS)];
  const take = (wanted: number) => Math.max(1, Math.min(wanted, remaining));
  while (remaining > 0) {
    const writer = appends.length % WRITERS;
    const roll = random();
    const parts: { streamId: string; count: number }[] = [];
    if (roll < 0.75) parts.push({ streamId: pick(), count: 1 });
    else if (roll < 0.92) parts.push({ streamId: pick(), count: take(2 + Math.floor(random() * 49)) });
    else if (roll < 0.97) {
      const streams = new Set([pick(), pick(), pick()]);
      for (const streamId of streams) parts.push({ streamId, count: take(1 + Math.floor(random() * 20)) });
    } else parts.push({ streamId: pick(), count: take(200 + Math.floor(random() * 300)) });
    const append: StreamAppend[] = [];
    for (const { streamId, count } of parts) {
      const events = Array.from({ length: Math.min(count, remaining) }, () => eventFor(streamId, writer));
      remaining -= events.length;
      if (events.length > 0) append.push({ streamId, events, expectedRevision: 'any' });
    }
    appends.push(append);
  }
  return appends;
}

describe('PostgresEventStore under concurrent writers', () => {
  let database: TestDatabase;
  const stores: PostgresEventStore[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await database?.drop();
  });

  const open = async (options: Partial<PostgresEventStoreOptions>) => {
    const store = await PostgresEventStore.connect({ connectionString: database.connectionString, poolSize: 2, ...options });
    stores.push(store);
    return store;
  };

  it('a subscriber sees every one of 50,000 events exactly once, in log order, while eight writers commit out of order', async () => {
    const random = seededRandom(20240611);
    const plan = planAppends(random);
    const subscriber = await open({ pollIntervalMs: 100 });
    const received: RecordedEvent[] = [];
    const subscription = subscriber.subscribeToAll({ after: 0n }, async (events) => void received.push(...events));
    const experts: RecordedEvent[] = [];
    const expertSubscription = subscriber.subscribeToAll(
      { after: 0n, filter: { streamPrefixes: ['expert-'] } },
      async (events) => void experts.push(...events),
    );

    // Each writer is a store with its own pool, like a process; some of its transactions linger before COMMIT.
    const writers = await Promise.all(
      Array.from({ length: WRITERS }, (_, writer) => {
        const hold = seededRandom(writer + 1);
        return open({
          beforeCommit: async () => {
            if (hold() < HELD_SHARE) await sleep(1 + Math.floor(hold() * 5));
          },
        });
      }),
    );
    const completions: bigint[] = [];
    const startedAt = Date.now();
    await Promise.all(
      writers.flatMap((store, writer) =>
        Array.from({ length: LANES_PER_WRITER }, async (_, lane) => {
          const lanes = WRITERS * LANES_PER_WRITER;
          for (let index = writer * LANES_PER_WRITER + lane; index < plan.length; index += lanes) {
            const results = await store.appendToStreams(plan[index]);
            completions.push(results.reduce((last, result) => (result.lastPosition > last ? result.lastPosition : last), 0n));
          }
        }),
      ),
    );
    const writingMs = Date.now() - startedAt;
    await until(() => received.length >= TOTAL_EVENTS, 'the subscriber has caught up', 30_000);
    await sleep(200); // room for anything delivered twice to show up
    await Promise.all([subscription.stop(), expertSubscription.stop()]);

    // The race was real: transactions finished in another order than their positions.
    let highestFinished = 0n;
    const committedOutOfOrder = completions.filter((position) => {
      const overtaken = position < highestFinished;
      if (position > highestFinished) highestFinished = position;
      return overtaken;
    });
    expect(committedOutOfOrder.length).toBeGreaterThan(0);

    const written = plan.flat().flatMap((append) => append.events);
    expect(received).toHaveLength(TOTAL_EVENTS);
    expect(new Set(idsOf(received)).size).toBe(TOTAL_EVENTS);
    expect(new Set(idsOf(received))).toEqual(new Set(idsOf(written)));
    expectStrictlyIncreasing(positionsOf(received));
    const revisionsByStream = new Map<string, number[]>();
    for (const event of received) {
      const revisions = revisionsByStream.get(event.streamId) ?? [];
      revisions.push(event.streamRevision);
      revisionsByStream.set(event.streamId, revisions);
    }
    for (const revisions of revisionsByStream.values()) expect(revisions).toEqual([...revisions.keys()]);

    expect(idsOf(experts)).toEqual(idsOf(received.filter((event) => event.streamId.startsWith('expert-'))));
    expect(await subscriber.headPosition()).toBe(received[received.length - 1].globalPosition);
    console.info(
      `${TOTAL_EVENTS} events in ${plan.length} appends by ${WRITERS * LANES_PER_WRITER} lanes in ${writingMs} ms; ` +
        `${committedOutOfOrder.length} appends finished after a higher position`,
    );
  }, 90_000);
});
