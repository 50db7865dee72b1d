'use strict';
/**
 * Child process: a data directory (DATA_DIR) that holds the rebuild benchmark's event log, in the
 * state of a server that has run on that log for a long time, for the API to start on:
 *
 * 1. The log as the data directory's events file, sealed as it grew: the events are copied by plain
 *    SQL, `AUDIT_SEAL_EVERY_EVENTS` (1,000) at a time, each slice sealed by the audit library's
 *    `sealLog`, stamped with the recorded time of the slice's last event. A log that was never sealed
 *    would have the API's first seal read the whole log and write a seal of a million digests.
 * 2. The read models rebuilt from it (`rebuildReadModels`, as the CLI's `rebuild` does), so that the
 *    API starts caught up instead of projecting the whole log first.
 * 3. One run of the API on it, with the deadline watcher and the sealer checking every second,
 *    until the log's head has not moved for a few seconds: the copied programmes' deadlines that
 *    have passed since they were generated are recorded overdue here, not during a measurement.
 *
 * The directory is kept (bench-results/scratch) and reused while its marker names the same log;
 * each measurement runs on a copy of it.
 *
 * usage: node prepare-data-dir.js <events.sqlite> <data dir>
 */
const { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const BetterSqlite3 = require('better-sqlite3');
const { freePort, startServer, stopServer, waitUntilLive } = require('../lib/api-server');
const { report, runMain } = require('../lib/child');
const { built } = require('../lib/project-build');

const SEAL_EVERY_EVENTS = 1000;
const MARKER = 'prepared-from.json';
/** The head unmoved this long, after the watcher's first passes: the API has nothing left to catch up on. */
const SETTLED_AFTER_MS = 5000;

function progress(message) {
  process.stderr.write(`\r  ${message}`);
}

/** Copies the log into `dataDir`'s events file slice by slice, sealing each slice; answers the number of seals. */
async function copyLogSealedAsItGrew(eventLog, dataDir) {
  const { EVENTS_FILE } = built('libs/runtime/index');
  const { SqliteEventStore } = built('libs/event-store/sqlite/sqlite-event-store');
  const { loadOrCreateSigningKey, sealLog } = built('libs/audit/index');
  const { anchorFileOf } = built('libs/application/audit/seal-scheduler');
  const file = join(dataDir, EVENTS_FILE);
  const store = SqliteEventStore.open(file);
  const signer = loadOrCreateSigningKey(join(dataDir, 'audit', 'signing-key.pem'));
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.prepare('ATTACH DATABASE ? AS source').run(eventLog);
  const copySlice = db.prepare(
    `INSERT INTO events (event_id, stream_id, stream_revision, type, schema_version, data, metadata, recorded_at)
     SELECT event_id, stream_id, stream_revision, type, schema_version, data, metadata, recorded_at
     FROM source.events WHERE global_position > ? AND global_position <= ? ORDER BY global_position`,
  );
  const lastRecordedAt = db.prepare('SELECT recorded_at FROM source.events WHERE global_position <= ? ORDER BY global_position DESC LIMIT 1').pluck();
  const { total, last } = db.prepare('SELECT COUNT(*) AS total, MAX(global_position) AS last FROM source.events').get();
  let seals = 0;
  try {
    for (let from = 0; from < last; from += SEAL_EVERY_EVENTS) {
      const to = Math.min(from + SEAL_EVERY_EVENTS, last);
      copySlice.run(from, to);
      if (await sealLog(store, signer, { now: lastRecordedAt.get(to), anchorFile: anchorFileOf(dataDir) })) seals++;
      if (seals % 50 === 0) progress(`data directory: ${to.toLocaleString('en')} of ${total.toLocaleString('en')} events copied and sealed`);
    }
    // The seal stream's revision is the adapter's own; every copied stream gets its last revision.
    db.exec(`INSERT OR IGNORE INTO streams (stream_id, revision)
             SELECT stream_id, MAX(stream_revision) FROM events GROUP BY stream_id`);
  } finally {
    db.close();
    await store.close();
  }
  process.stderr.write('\n');
  return { events: total, seals };
}

async function rebuildReadModelsOf(dataDir) {
  const { EVENTS_FILE, READ_MODELS_FILE } = built('libs/runtime/index');
  const { SqliteEventStore } = built('libs/event-store/sqlite/sqlite-event-store');
  const { ALL_PROJECTIONS, SqliteReadModelStore, rebuildReadModels } = built('libs/projections/index');
  const store = SqliteEventStore.open(join(dataDir, EVENTS_FILE));
  const target = SqliteReadModelStore.open(join(dataDir, READ_MODELS_FILE));
  const started = performance.now();
  try {
    const result = await rebuildReadModels(store, target, ALL_PROJECTIONS, {
      onProgress: ({ position, until }) => progress(`read models: position ${position.toLocaleString('en')} of ${until.toLocaleString('en')}`),
    });
    process.stderr.write('\n');
    return { eventsApplied: result.eventsApplied, seconds: (performance.now() - started) / 1000 };
  } finally {
    await target.close();
    await store.close();
  }
}

async function health(base) {
  const response = await fetch(`${base}/health`);
  if (response.status !== 200) throw new Error(`GET /health answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** Runs the API on the directory until the head stays put; answers the events it wrote meanwhile. */
async function settle(dataDir) {
  const port = await freePort();
  const server = startServer('command', port, dataDir, { DEADLINE_CHECK_INTERVAL_MS: '1000', AUDIT_SEAL_INTERVAL_MS: '1000' });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitUntilLive(`${base}/health/live`, server, 600);
    const first = await health(base);
    let head = first.eventStore.head;
    let unmovedSince = performance.now();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const now = await health(base);
      if (now.eventStore.head !== head || now.readModels.behind !== '0') {
        head = now.eventStore.head;
        unmovedSince = performance.now();
      } else if (performance.now() - unmovedSince >= SETTLED_AFTER_MS) {
        return { startedBehind: Number(first.readModels.behind), eventsWritten: Number(head) - Number(first.eventStore.head) };
      }
    }
  } finally {
    await stopServer(server);
  }
}

async function main() {
  const [eventLog, dataDir] = process.argv.slice(2);
  const marker = join(dataDir, MARKER);
  if (existsSync(marker)) {
    const prepared = JSON.parse(readFileSync(marker, 'utf8'));
    if (prepared.eventLog === eventLog) return report({ ...prepared, dataDir, reused: true });
  }
  const building = `${dataDir}.building`;
  rmSync(building, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const started = performance.now();
  const log = await copyLogSealedAsItGrew(eventLog, building);
  const readModels = await rebuildReadModelsOf(building);
  const settled = await settle(building);
  const prepared = { eventLog, ...log, readModels, settled, seconds: (performance.now() - started) / 1000 };
  writeFileSync(join(building, MARKER), `${JSON.stringify(prepared, null, 2)}\n`);
  renameSync(building, dataDir);
  report({ ...prepared, dataDir, reused: false });
}

runMain(main);
