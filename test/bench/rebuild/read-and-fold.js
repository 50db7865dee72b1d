'use strict';
/**
 * Child process: our side of the read-and-fold comparison with Emmett. Reads the whole log through
 * the event store port (`readAll`, 2,000 events a call, as rebuildReadModels reads) and folds it
 * into per-partnership counts in memory (lib/partnership-counts.js), writing nothing.
 *
 * usage: node read-and-fold.js sqlite <events.sqlite>
 *        node read-and-fold.js postgres <connection string>
 */
const { built } = require('../lib/project-build');
const { report, runMain } = require('../lib/child');
const { createPartnershipCounts } = require('../lib/partnership-counts');

const BATCH_SIZE = 2000;

async function openStore(kind, location) {
  if (kind === 'sqlite') return built('libs/event-store/sqlite/sqlite-event-store').SqliteEventStore.open(location);
  return built('libs/event-store/postgres/postgres-event-store').PostgresEventStore.connect({ connectionString: location });
}

async function main() {
  const [kind, location] = process.argv.slice(2);
  const store = await openStore(kind, location);
  const counts = createPartnershipCounts();
  const started = performance.now();
  let events = 0;
  for (let after = 0n; ; ) {
    const slice = await store.readAll({ after, maxCount: BATCH_SIZE });
    for (const event of slice.events) counts.apply(event.streamId, event.type, event.data);
    events += slice.events.length;
    if (slice.events.length < BATCH_SIZE) break;
    after = slice.scannedUpTo;
  }
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  report({ events, seconds, eventsPerSecond: events / seconds, ...counts.summary(), peakRssMb: process.resourceUsage().maxRSS / 1024 });
}

runMain(main);
