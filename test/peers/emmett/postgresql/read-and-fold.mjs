/**
 * Benchmark peer (npm run bench): read the whole log from Emmett's PostgreSQL event store and fold
 * it into per-partnership counts (test/bench/lib/partnership-counts.js), over the same events as
 * our side (test/bench/rebuild/read-and-fold.js postgres). Prints `BENCH_RESULT <json>`.
 *
 * usage: node read-and-fold.mjs load <connection string>   (the database holds our `events` table, loaded)
 *        node read-and-fold.mjs batch-reader <connection string>
 * - load (not timed): Emmett's schema is migrated, then our events are copied into emt_messages
 *   inside the database, 1,000 per transaction (Emmett orders its log by transaction id, then
 *   position), positions and ids kept; emt_streams gets each stream's position.
 * - batch-reader: `readMessagesBatch`, 2,000 messages a batch (as our rebuild reads), folding every
 *   message. (Emmett's consumer adds a checkpoint write per message on top; on PostgreSQL it is left out.)
 */
import { createRequire } from 'node:module';
import { dumbo } from '@event-driven-io/dumbo';
import { getPostgreSQLEventStore, readMessagesBatch } from '@event-driven-io/emmett-postgresql';
import pg from 'pg';

const require = createRequire(import.meta.url);
const { createPartnershipCounts } = require('../../../bench/lib/partnership-counts.js');
const { report } = require('../../../bench/lib/child.js');

const BATCH_SIZE = 2000;
const COPY_CHUNK = 1000;
const [mode, connectionString] = process.argv.slice(2);

async function load() {
  const store = getPostgreSQLEventStore(connectionString);
  await store.schema.migrate();
  await store.close();
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // A DO block outside a transaction may COMMIT: each chunk gets a transaction id of its own.
    await client.query(`DO $$
      DECLARE last BIGINT := (SELECT COALESCE(MAX(global_position), 0) FROM events);
      BEGIN
        FOR chunk_start IN 1..last BY ${COPY_CHUNK} LOOP
          INSERT INTO emt_messages (stream_position, global_position, transaction_id, created, stream_id, partition,
            message_schema_version, message_id, message_type, message_data, message_metadata)
          SELECT stream_revision + 1, global_position, pg_current_xact_id(), recorded_at, stream_id, 'emt:default',
            schema_version::text, event_id::text, type, data, metadata
          FROM events WHERE global_position >= chunk_start AND global_position < chunk_start + ${COPY_CHUNK};
          COMMIT;
        END LOOP;
      END $$`);
    await client.query(`INSERT INTO emt_streams (stream_id, stream_position, partition, stream_type, stream_metadata)
      SELECT stream_id, revision + 1, 'emt:default', split_part(stream_id, '-', 1), '[]'::jsonb FROM streams`);
    await client.query(`SELECT setval('emt_global_message_position', (SELECT MAX(global_position) FROM emt_messages))`);
    const { rows } = await client.query('SELECT COUNT(*)::int AS loaded FROM emt_messages');
    return rows[0];
  } finally {
    await client.end();
  }
}

async function foldWithBatchReader() {
  const pool = dumbo({ connectionString });
  const counts = createPartnershipCounts();
  const started = performance.now();
  let events = 0;
  for (let after = 0n; ; ) {
    const batch = await readMessagesBatch(pool.execute, { after, batchSize: BATCH_SIZE });
    for (const message of batch.messages) counts.apply(message.metadata.streamName, message.type, message.data);
    events += batch.messages.length;
    if (!batch.areMessagesLeft) break;
    after = batch.currentGlobalPosition;
  }
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  return { events, seconds, eventsPerSecond: events / seconds, ...counts.summary() };
}

const started = performance.now();
if (mode === 'load') {
  const { loaded } = await load();
  report({ loaded, seconds: (performance.now() - started) / 1000 });
} else {
  report({ ...(await foldWithBatchReader()), peakRssMb: process.resourceUsage().maxRSS / 1024 });
}
