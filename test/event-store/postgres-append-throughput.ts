/**
 * A rough figure, not a test: append throughput of PostgresEventStore, single events and 100-event
 * batches, from one connection and from four (four stores, as four processes would be), in a
 * throw-away database. Each lane appends to streams of its own, so the figure is the store's, not
 * that of contention on one stream.
 * Usage: node -r ./test/event-store/load-typescript.js test/event-store/postgres-append-throughput.ts
 */
import { randomUUID } from 'node:crypto';
import { type NewEvent, PostgresEventStore } from '@telemed/event-store';
import { createTestDatabase } from '../support/postgres';

const SECONDS_PER_CASE = 5;

function event(index: number): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'NoteAdded',
    schemaVersion: 1,
    data: { index, note: 'a note of a typical length for a consultation event' },
    metadata: { actor: { userId: 'user-clinician-7', role: 'clinician', hospitalId: 'hospital-lviv-1' }, correlationId: randomUUID() },
  };
}

async function measure(connectionString: string, connections: number, batchSize: number): Promise<number> {
  const stores = await Promise.all(
    Array.from({ length: connections }, () => PostgresEventStore.connect({ connectionString, poolSize: 1 })),
  );
  const deadline = Date.now() + SECONDS_PER_CASE * 1000;
  const startedAt = Date.now();
  const counts = await Promise.all(
    stores.map(async (store, lane) => {
      let written = 0;
      while (Date.now() < deadline) {
        const streamId = `throughput-${batchSize}-${lane}-${written % 50}`;
        await store.appendToStream(streamId, Array.from({ length: batchSize }, (_, index) => event(written + index)), 'any');
        written += batchSize;
      }
      return written;
    }),
  );
  const seconds = (Date.now() - startedAt) / 1000;
  await Promise.all(stores.map((store) => store.close()));
  return counts.reduce((sum, count) => sum + count, 0) / seconds;
}

async function main(): Promise<void> {
  const database = await createTestDatabase();
  try {
    for (const batchSize of [1, 100]) {
      for (const connections of [1, 4]) {
        const perSecond = await measure(database.connectionString, connections, batchSize);
        const label = batchSize === 1 ? 'single-event appends' : `${batchSize}-event batches`;
        console.log(`${label}, ${connections} connection(s): ${Math.round(perSecond)} events/s`);
      }
    }
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
