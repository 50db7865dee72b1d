'use strict';
/**
 * Child process: fills a throw-away PostgreSQL database with the first <count> events of the
 * generated SQLite log, in the PostgreSQL adapter's own schema (created by its migration), 1,000
 * events per transaction with plain SQL, for the PostgreSQL read-and-fold comparison.
 *
 * usage: node postgres-load.js <events.sqlite> <count> <connection string>
 */
const BetterSqlite3 = require('better-sqlite3');
const { Client } = require('pg');
const { built } = require('../lib/project-build');
const { report, runMain } = require('../lib/child');

const CHUNK = 1000;

async function main() {
  const [file, count, connectionString] = process.argv.slice(2);
  const { PostgresEventStore } = built('libs/event-store/postgres/postgres-event-store');
  await (await PostgresEventStore.connect({ connectionString })).close();
  const source = new BetterSqlite3(file, { readonly: true });
  const client = new Client({ connectionString });
  await client.connect();
  const started = performance.now();
  try {
    const rows = source.prepare('SELECT * FROM events WHERE global_position <= ? ORDER BY global_position').iterate(Number(count));
    let chunk = [];
    const flush = async () => {
      if (chunk.length === 0) return;
      const column = (name) => chunk.map((row) => row[name]);
      await client.query(
        `INSERT INTO events (event_id, stream_id, stream_revision, type, schema_version, data, metadata, recorded_at)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::int[], $6::jsonb[], $7::jsonb[], $8::timestamptz[])`,
        ['event_id', 'stream_id', 'stream_revision', 'type', 'schema_version', 'data', 'metadata', 'recorded_at'].map(column),
      );
      chunk = [];
    };
    for (const row of rows) {
      chunk.push(row);
      if (chunk.length === CHUNK) await flush();
    }
    await flush();
    await client.query('INSERT INTO streams (stream_id, revision) SELECT stream_id, MAX(stream_revision) FROM events GROUP BY stream_id');
    await client.query('ANALYZE events');
    const { rows: [{ loaded }] } = await client.query('SELECT COUNT(*)::int AS loaded FROM events');
    report({ loaded, seconds: (performance.now() - started) / 1000 });
  } finally {
    await client.end();
    source.close();
  }
}

runMain(main);
