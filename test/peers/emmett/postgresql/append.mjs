/**
 * Benchmark peer (npm run bench): append throughput of Emmett's PostgreSQL event store, with the
 * same events, loop and limits as test/bench/append/postgres-append.js. Prints `BENCH_RESULT <json>`.
 *
 * usage: node append.mjs <eventsPerAppend> <writers> <connection string of an empty database>
 * The writers are concurrent loops sharing one `getPostgreSQLEventStore` (its own pool), each
 * append to a new stream with `expectedStreamVersion: STREAM_DOES_NOT_EXIST`. The schema is
 * migrated before the measurement.
 */
import { createRequire } from 'node:module';
import { STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';

const require = createRequire(import.meta.url);
const { measureAppends } = require('../../../bench/lib/append-loop.js');
const { emmettAppender } = require('../../../bench/lib/emmett-append.js');
const { report } = require('../../../bench/lib/child.js');
const { settings } = require('../../../bench/lib/settings.js');

const [perAppend, writerCount, connectionString] = process.argv.slice(2);
const eventsPerAppend = Number(perAppend);
const store = getPostgreSQLEventStore(connectionString);
await store.schema.migrate();
const result = await measureAppends(
  emmettAppender(store, eventsPerAppend, STREAM_DOES_NOT_EXIST),
  { writers: Number(writerCount), maxEvents: settings.events, seconds: settings.appendSeconds },
);
await store.close();
report(result);
