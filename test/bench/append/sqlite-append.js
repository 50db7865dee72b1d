'use strict';
/**
 * Child process: append throughput on a fresh SQLite event file, one writer.
 *
 * usage: node sqlite-append.js <raw|adapter|full-stack> <eventsPerAppend> [writers]
 * - raw: the ceiling. The adapter's own file (same table, indexes and pragmas), and a plain
 *   prepared INSERT of the same rows, one transaction per append; no revision check, no streams row.
 * - adapter: SqliteEventStore.appendToStream with an expected revision (`no-stream`).
 * - full-stack: as the application wraps it (libs/application/patients/patient-data.providers.ts):
 *   EncryptingEventStore(ChainedEventStore(SqliteEventStore)), patient data keys in a SQLite key
 *   store, so every append also chains its events (a new stream from the genesis hash), looks up or creates the
 *   patient's data key and encrypts the patient details and clinical text.
 */
const { randomBytes } = require('node:crypto');
const { mkdirSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const BetterSqlite3 = require('better-sqlite3');
const { measureAppends } = require('../lib/append-loop');
const { report, runMain } = require('../lib/child');
const { built } = require('../lib/project-build');
const { consultationAppend } = require('../lib/sample-events');
const { settings } = require('../lib/settings');

function removeDatabase(file) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

async function rawInserts(file) {
  const { SqliteEventStore } = built('libs/event-store/sqlite/sqlite-event-store');
  const { configureConnection } = built('libs/event-store/sqlite/sqlite-schema');
  await SqliteEventStore.open(file).close(); // the adapter's schema and indexes
  const db = new BetterSqlite3(file);
  configureConnection(db); // the adapter's pragmas
  const insert = db.prepare(
    `INSERT INTO events (event_id, stream_id, stream_revision, type, schema_version, data, metadata, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const appendRows = db.transaction(({ streamId, events }) => {
    const recordedAt = new Date().toISOString();
    events.forEach((event, revision) =>
      insert.run(event.eventId, streamId, revision, event.type, event.schemaVersion, JSON.stringify(event.data), JSON.stringify(event.metadata), recordedAt),
    );
  });
  return {
    append: async (append) => appendRows.immediate(append),
    close: async () => db.close(),
  };
}

async function adapter(file) {
  const { SqliteEventStore } = built('libs/event-store/sqlite/sqlite-event-store');
  const store = SqliteEventStore.open(file);
  return {
    append: ({ streamId, events }) => store.appendToStream(streamId, events, 'no-stream'),
    close: () => store.close(),
  };
}

async function fullStack(file) {
  const { SqliteEventStore } = built('libs/event-store/sqlite/sqlite-event-store');
  const { ChainedEventStore } = built('libs/audit/index');
  const { EncryptingEventStore, PatientDataCipher, SqlitePatientKeyStore } = built('libs/event-store/encryption/index');
  const keysFile = `${file}.keys`;
  removeDatabase(keysFile);
  const keys = SqlitePatientKeyStore.open(keysFile);
  const cipher = await PatientDataCipher.open(randomBytes(32), keys);
  const store = new EncryptingEventStore(new ChainedEventStore(SqliteEventStore.open(file)), cipher);
  return {
    append: ({ streamId, events }) => store.appendToStream(streamId, events, 'no-stream'),
    close: async () => {
      await store.close();
      await keys.close();
      removeDatabase(keysFile);
    },
  };
}

const VARIANTS = { raw: rawInserts, adapter, 'full-stack': fullStack };

async function main() {
  const [variant, perAppend, concurrentWriters = '1'] = process.argv.slice(2);
  const writers = Number(concurrentWriters);
  const eventsPerAppend = Number(perAppend);
  mkdirSync(settings.workDir, { recursive: true });
  const file = join(settings.workDir, `append-sqlite-${variant}-${eventsPerAppend}-${writers}.sqlite`);
  removeDatabase(file);
  const target = await VARIANTS[variant](file);
  const result = await measureAppends(
    async (sequence) => {
      const append = consultationAppend(sequence, eventsPerAppend);
      await target.append(append);
      return append.events.length;
    },
    { writers, maxEvents: settings.events, seconds: settings.appendSeconds },
  );
  await target.close();
  removeDatabase(file);
  report(result);
}

runMain(main);
