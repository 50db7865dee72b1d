'use strict';
/**
 * Writes the event log the rebuild benchmark replays: BENCH_REBUILD_EVENTS realistic domain events
 * in an event store file of the SQLite adapter's own schema.
 *
 * 1. A template: a small aid programme generated through the application layer (the CLI's
 *    `scenario` command: hospitals, partnerships, experts, consultations, case discussions and
 *    training sessions, every event written by a command handler), read back decrypted.
 * 2. The log: the template replicated as many times as needed, each copy with fresh ids (every
 *    UUID is mapped to another one per copy), so that copy k is programme k of the network, with
 *    consistent ids across its streams. Rows are written with plain SQL in large transactions.
 *
 * Not kept from the application's log: the hash chain (the integrity fields are copied, so they do
 * not verify), patient data encryption (the data is stored decrypted; the encryption metadata, and
 * so the patient key ids the read models keep, are copied) and the seals (LogSealed is left out).
 * None of it is read by the projections; a rebuild through the application also decrypts, which
 * this benchmark does not measure.
 *
 * Both files are kept in bench-results/scratch and reused by later runs of the same settings.
 */
const { execFileSync } = require('node:child_process');
const { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { createInterface } = require('node:readline');
const BetterSqlite3 = require('better-sqlite3');
const { built } = require('../lib/project-build');
const { report, runMain } = require('../lib/child');
const { settings } = require('../lib/settings');

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-([0-9a-f]{12})/g;
const LOW_48_BITS = 2 ** 48;
/** An odd step, so that adding k times it to the last 48 bits is a different bijection for every copy k. */
const COPY_STEP = 0x9e3779b97f4b;

function templateFile() {
  const { templateSeed, templateScale, templateMonths } = settings;
  return join(settings.workDir, `template-seed${templateSeed}-scale${templateScale}-months${templateMonths}.ndjson`);
}

function eventLogFile() {
  return join(settings.workDir, `events-${settings.rebuildEvents}-${templateFile().split('/').pop().replace('.ndjson', '')}.sqlite`);
}

/** Runs the programme scenario through the compiled CLI, then writes its log, decrypted, one event a line. */
async function writeTemplate(file) {
  const dataDir = mkdtempSync(join(tmpdir(), 'telemed-bench-template-'));
  try {
    const started = performance.now();
    execFileSync(
      process.execPath,
      [join(settings.buildDir, 'apps/cli/src/main.js'), 'scenario', '--seed', String(settings.templateSeed), '--scale', String(settings.templateScale), '--months', String(settings.templateMonths), '--start', '2023-01-01'],
      { env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const { openDecryptedLog } = built('apps/cli/src/decrypted-log');
    const log = await openDecryptedLog(dataDir, { ...process.env, DATA_DIR: dataDir });
    const out = createWriteStream(`${file}.tmp`);
    let count = 0;
    try {
      for (let after = 0n; ; ) {
        const slice = await log.store.readAll({ after, maxCount: 1000 });
        for (const event of slice.events) {
          if (event.type === 'LogSealed') continue;
          const { globalPosition: _position, ...row } = event;
          out.write(`${JSON.stringify(row)}\n`);
          count++;
        }
        if (slice.events.length === 0) break;
        after = slice.events[slice.events.length - 1].globalPosition;
      }
    } finally {
      await log.close();
      await new Promise((resolve) => out.end(resolve));
    }
    renameSync(`${file}.tmp`, file);
    console.error(`  template: ${count} events of a generated programme in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function readTemplate(file) {
  const events = [];
  for await (const line of createInterface({ input: createReadStream(file) })) {
    if (!line) continue;
    const event = JSON.parse(line);
    events.push({ ...event, data: JSON.stringify(event.data ?? null), metadata: JSON.stringify(event.metadata) });
  }
  return events;
}

/** The ids of copy k: every UUID keeps its first 20 hex digits, its last 12 are moved by k steps. */
function copyIds(copy) {
  if (copy === 0) return (text) => text;
  const shift = (copy * COPY_STEP) % LOW_48_BITS;
  return (text) =>
    text.replace(UUID, (uuid, last12) => {
      const moved = (parseInt(last12, 16) + shift) % LOW_48_BITS;
      return uuid.slice(0, 24) + moved.toString(16).padStart(12, '0');
    });
}

async function writeEventLog(file, template, total) {
  const { SqliteEventStore } = built('libs/event-store/sqlite/sqlite-event-store');
  rmSync(file, { force: true });
  for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
  // The adapter creates the file with its own schema and indexes; rows then go in by plain SQL.
  await SqliteEventStore.open(`${file}.tmp`).close();
  const db = new BetterSqlite3(`${file}.tmp`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insert = db.prepare(
    `INSERT INTO events (event_id, stream_id, stream_revision, type, schema_version, data, metadata, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCopy = db.transaction((copy, limit) => {
    const mapIds = copyIds(copy);
    let written = 0;
    for (const event of template) {
      if (written === limit) break;
      insert.run(mapIds(event.eventId), mapIds(event.streamId), event.streamRevision, event.type, event.schemaVersion, mapIds(event.data), mapIds(event.metadata), event.recordedAt);
      written++;
    }
    return written;
  });
  const started = performance.now();
  let written = 0;
  for (let copy = 0; written < total; copy++) {
    written += insertCopy(copy, total - written);
    if (copy % 20 === 0) process.stderr.write(`\r  event log: ${written.toLocaleString('en')} of ${total.toLocaleString('en')} events`);
  }
  db.exec('INSERT INTO streams (stream_id, revision) SELECT stream_id, MAX(stream_revision) FROM events GROUP BY stream_id');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  renameSync(`${file}.tmp`, file);
  for (const suffix of ['-wal', '-shm']) rmSync(`${file}.tmp${suffix}`, { force: true });
  process.stderr.write(`\r  event log: ${written.toLocaleString('en')} events written in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

async function main() {
  mkdirSync(settings.workDir, { recursive: true });
  const template = templateFile();
  if (settings.fresh || !existsSync(template)) await writeTemplate(template);
  const events = await readTemplate(template);
  const file = eventLogFile();
  const reused = !settings.fresh && existsSync(file);
  if (!reused) await writeEventLog(file, events, settings.rebuildEvents);
  const db = new BetterSqlite3(file, { readonly: true });
  const { count, streams } = db.prepare('SELECT COUNT(*) AS count, COUNT(DISTINCT stream_id) AS streams FROM events').get();
  db.close();
  report({ file, events: count, streams, templateEvents: events.length, reused });
}

if (require.main === module) runMain(main);
module.exports = { eventLogFile };
