/**
 * Benchmark peer (npm run bench): append throughput of Emmett's SQLite event store, with the same
 * events, loop and limits as test/bench/append/sqlite-append.js. Prints `BENCH_RESULT <json>`.
 *
 * usage: node append.mjs <eventsPerAppend> <scratch file>
 * Each append goes to a new stream with `expectedStreamVersion: STREAM_DOES_NOT_EXIST`, through
 * `getSQLiteEventStore({ fileName })`, Emmett's ordinary API: it opens a sqlite3 connection per
 * call (journal_mode WAL, SQLite's default synchronous=FULL) and closes it after.
 */
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import { getSQLiteEventStore } from '@event-driven-io/emmett-sqlite';

const require = createRequire(import.meta.url);
const { measureAppends } = require('../../../bench/lib/append-loop.js');
const { emmettAppender } = require('../../../bench/lib/emmett-append.js');
const { report } = require('../../../bench/lib/child.js');
const { settings } = require('../../../bench/lib/settings.js');

const [perAppend, file] = process.argv.slice(2);
const eventsPerAppend = Number(perAppend);
const removeDatabase = () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(file + suffix, { force: true }));
removeDatabase();

const store = getSQLiteEventStore({ fileName: file, schema: { autoMigration: 'CreateOrUpdate' } });
const result = await measureAppends(
  emmettAppender(store, eventsPerAppend, STREAM_DOES_NOT_EXIST),
  { writers: 1, maxEvents: settings.events, seconds: settings.appendSeconds },
);
removeDatabase();
report(result);
