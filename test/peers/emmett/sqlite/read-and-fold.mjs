/**
 * Benchmark peer (npm run bench): read the whole log from Emmett's SQLite event store and fold it
 * into per-partnership counts (test/bench/lib/partnership-counts.js), over the same events our
 * rebuild benchmark replays. Prints `BENCH_RESULT <json>`.
 *
 * usage: node read-and-fold.mjs load <our events.sqlite> <event count> <scratch file>
 *        node read-and-fold.mjs batch-reader <scratch file>
 *        node read-and-fold.mjs consumer <event count> <scratch file>   (one process each, for its own peak RSS)
 * 1. load (not timed): the first <event count> events of our log are copied into Emmett's own
 *    schema (emt_messages, emt_streams; created by Emmett's createEventStoreSchema) with one
 *    INSERT ... SELECT, positions and ids kept (Emmett's stream positions count from 1).
 * 2. batch-reader, `readMessagesBatch`: Emmett's batch reader, 2,000 messages a batch (as our rebuild reads),
 *    folding every message; the plainest way to read Emmett's log from the start.
 * 3. consumer: over the first <event count> events only (it is slow), a consumer with one processor from BEGINNING (`store.consumer`, pulling 2,000 a batch with no
 *    pause), folding in `eachMessage`: Emmett's way to build a read model, which stores the
 *    processor's checkpoint after every message in one transaction per batch.
 */
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createEventStoreSchema, getSQLiteEventStore, readMessagesBatch, sqliteConnection } from '@event-driven-io/emmett-sqlite';

const require = createRequire(import.meta.url);
const { createPartnershipCounts } = require('../../../bench/lib/partnership-counts.js');
const { report } = require('../../../bench/lib/child.js');

const BATCH_SIZE = 2000;
const [mode, ...args] = process.argv.slice(2);
const file = args.at(-1);
const removeDatabase = () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(file + suffix, { force: true }));

async function load(sourceFile, eventCount) {
  removeDatabase();
  const connection = sqliteConnection({ fileName: file });
  try {
    await createEventStoreSchema(connection);
    await connection.command('ATTACH DATABASE ? AS source', [sourceFile]);
    await connection.command(
      `INSERT INTO emt_messages (stream_id, stream_position, partition, message_kind, message_data, message_metadata,
         message_schema_version, message_type, message_id, is_archived, global_position, created)
       SELECT stream_id, stream_revision + 1, 'emt:default', 'E', data, metadata, CAST(schema_version AS TEXT), type, event_id, 0,
         global_position, recorded_at
       FROM source.events WHERE global_position <= ? ORDER BY global_position`,
      [eventCount],
    );
    await connection.command(
      `INSERT INTO emt_streams (stream_id, stream_position, partition, stream_type, stream_metadata, is_archived)
       SELECT stream_id, MAX(stream_revision) + 1, 'emt:default', substr(stream_id, 1, instr(stream_id, '-') - 1), '[]', 0
       FROM source.events WHERE global_position <= ? GROUP BY stream_id`,
      [eventCount],
    );
    await connection.command('DETACH DATABASE source');
    const [{ loaded }] = await connection.query('SELECT COUNT(*) AS loaded FROM emt_messages');
    return { loaded };
  } finally {
    connection.close();
  }
}

async function foldWithBatchReader() {
  const connection = sqliteConnection({ fileName: file });
  const counts = createPartnershipCounts();
  const started = performance.now();
  let events = 0;
  for (let after = 0n; ; ) {
    const batch = await readMessagesBatch(connection, { after, batchSize: BATCH_SIZE });
    for (const message of batch.messages) counts.apply(message.metadata.streamName, message.type, message.data);
    events += batch.messages.length;
    if (!batch.areEventsLeft) break;
    after = batch.currentGlobalPosition;
  }
  const seconds = (performance.now() - started) / 1000;
  connection.close();
  return { events, seconds, eventsPerSecond: events / seconds, ...counts.summary() };
}

async function foldWithConsumer(eventCount) {
  const connection = sqliteConnection({ fileName: file });
  const [{ last }] = await connection.query('SELECT MAX(global_position) AS last FROM emt_messages WHERE global_position <= ?', [eventCount]);
  connection.close();
  const store = getSQLiteEventStore({ fileName: file, schema: { autoMigration: 'None' } });
  const consumer = store.consumer({ pulling: { batchSize: BATCH_SIZE, pullingFrequencyInMs: 0 } });
  const counts = createPartnershipCounts();
  let events = 0;
  consumer.processor({
    processorId: 'partnership-counts',
    startFrom: 'BEGINNING',
    stopAfter: (message) => message.metadata.globalPosition >= BigInt(last),
    eachMessage: (message) => {
      counts.apply(message.metadata.streamName, message.type, message.data);
      events++;
    },
  });
  const started = performance.now();
  await consumer.start();
  const seconds = (performance.now() - started) / 1000;
  await consumer.close();
  return { events, seconds, eventsPerSecond: events / seconds, ...counts.summary() };
}

const started = performance.now();
if (mode === 'load') {
  const { loaded } = await load(args[0], Number(args[1]));
  report({ loaded, seconds: (performance.now() - started) / 1000 });
} else {
  const result = mode === 'consumer' ? await foldWithConsumer(Number(args[0])) : await foldWithBatchReader();
  report({ ...result, peakRssMb: process.resourceUsage().maxRSS / 1024 });
}
