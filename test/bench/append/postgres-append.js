'use strict';
/**
 * Child process: append throughput on a throw-away PostgreSQL database.
 *
 * usage: node postgres-append.js <raw|adapter|full-stack> <eventsPerAppend> <writers> <connection string of an empty database>
 * (run.js creates the database and drops it once this process has ended, with every connection it had)
 * - raw: the ceiling. The adapter's own table and indexes (created by its migration), and a plain
 *   prepared INSERT of the same rows, one transaction per append (BEGIN, one INSERT per event,
 *   COMMIT); each writer on a connection of its own. No locks, no revision check, no streams row.
 * - raw-multirow: the same rows, but a whole append as one INSERT ... SELECT FROM unnest(...)
 *   statement (its own transaction), as the adapter sends them: the ceiling for batches.
 * - adapter: PostgresEventStore.appendToStream with an expected revision (`no-stream`); the writers
 *   share one store (its pool of 10 connections), as a process of the application does.
 * - full-stack: EncryptingEventStore(ChainedEventStore(PostgresEventStore)) with the patient data
 *   keys in PostgreSQL, as the application runs with EVENT_STORE=postgres.
 * Writers are concurrent loops in this one process, each appending to streams of its own.
 */
const { randomBytes } = require('node:crypto');
const { Client } = require('pg');
const { measureAppends } = require('../lib/append-loop');
const { report, runMain } = require('../lib/child');
const { built } = require('../lib/project-build');
const { consultationAppend } = require('../lib/sample-events');
const { settings } = require('../lib/settings');

const INSERT_EVENT = {
  name: 'bench-insert-event',
  text: `INSERT INTO events (event_id, stream_id, stream_revision, type, schema_version, data, metadata, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8)`,
};

const INSERT_EVENTS = {
  name: 'bench-insert-events',
  text: `INSERT INTO events (event_id, stream_id, stream_revision, type, schema_version, data, metadata, recorded_at)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::int[], $6::jsonb[], $7::jsonb[], $8::timestamptz[])`,
};

async function rawInserts(connectionString, writers, oneStatement = false) {
  const { PostgresEventStore } = built('libs/event-store/postgres/postgres-event-store');
  await (await PostgresEventStore.connect({ connectionString })).close(); // the adapter's schema and indexes
  const clients = await Promise.all(
    Array.from({ length: writers }, async () => {
      const client = new Client({ connectionString });
      await client.connect();
      return client;
    }),
  );
  const idle = [...clients];
  return {
    append: async ({ streamId, events }) => {
      const client = idle.pop(); // one writer loop holds one connection at a time
      try {
        const recordedAt = new Date().toISOString();
        if (oneStatement) {
          const column = (value) => events.map(value);
          await client.query({
            ...INSERT_EVENTS,
            values: [
              column((event) => event.eventId),
              column(() => streamId),
              column((_event, revision) => revision),
              column((event) => event.type),
              column((event) => event.schemaVersion),
              column((event) => JSON.stringify(event.data)),
              column((event) => JSON.stringify(event.metadata)),
              column(() => recordedAt),
            ],
          });
          return;
        }
        await client.query('BEGIN');
        for (const [revision, event] of events.entries()) {
          await client.query({
            ...INSERT_EVENT,
            values: [event.eventId, streamId, revision, event.type, event.schemaVersion, JSON.stringify(event.data), JSON.stringify(event.metadata), recordedAt],
          });
        }
        await client.query('COMMIT');
      } finally {
        idle.push(client);
      }
    },
    close: () => Promise.all(clients.map((client) => client.end())),
  };
}

async function adapter(connectionString) {
  const { PostgresEventStore } = built('libs/event-store/postgres/postgres-event-store');
  const store = await PostgresEventStore.connect({ connectionString });
  return {
    append: ({ streamId, events }) => store.appendToStream(streamId, events, 'no-stream'),
    close: () => store.close(),
  };
}

async function fullStack(connectionString) {
  const { PostgresEventStore } = built('libs/event-store/postgres/postgres-event-store');
  const { ChainedEventStore } = built('libs/audit/index');
  const { EncryptingEventStore, PatientDataCipher, PostgresPatientKeyStore } = built('libs/event-store/encryption/index');
  const keys = await PostgresPatientKeyStore.connect({ connectionString });
  const cipher = await PatientDataCipher.open(randomBytes(32), keys);
  const store = new EncryptingEventStore(new ChainedEventStore(await PostgresEventStore.connect({ connectionString })), cipher);
  return {
    append: ({ streamId, events }) => store.appendToStream(streamId, events, 'no-stream'),
    close: async () => {
      await store.close();
      await keys.close();
    },
  };
}

const VARIANTS = { raw: rawInserts, 'raw-multirow': (connectionString, writers) => rawInserts(connectionString, writers, true), adapter, 'full-stack': fullStack };

async function main() {
  const [variant, perAppend, writerCount, connectionString] = process.argv.slice(2);
  const eventsPerAppend = Number(perAppend);
  const writers = Number(writerCount);
  const target = await VARIANTS[variant](connectionString, writers);
  const result = await measureAppends(
    async (sequence) => {
      const append = consultationAppend(sequence, eventsPerAppend);
      await target.append(append);
      return append.events.length;
    },
    { writers, maxEvents: settings.events, seconds: settings.appendSeconds },
  );
  await target.close();
  report(result);
}

runMain(main);
