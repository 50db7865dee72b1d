'use strict';
/**
 * Child process: rebuilds every read model (ALL_PROJECTIONS, as the application and the CLI's
 * `rebuild` do) from an event log file into a fresh SQLite read-model file, and reports the rate
 * and this process's peak resident memory.
 *
 * usage: node rebuild-read-models.js <events.sqlite> <fresh read-models.sqlite>
 */
const { rmSync } = require('node:fs');
const { built } = require('../lib/project-build');
const { cpuSecondsSince, report, runMain } = require('../lib/child');

async function main() {
  const [eventsFile, readModelsFile] = process.argv.slice(2);
  for (const suffix of ['', '-wal', '-shm']) rmSync(readModelsFile + suffix, { force: true });
  const { SqliteEventStore } = built('libs/event-store/sqlite/sqlite-event-store');
  const { ALL_PROJECTIONS, SqliteReadModelStore, rebuildReadModels } = built('libs/projections/index');
  const store = SqliteEventStore.open(eventsFile);
  const target = SqliteReadModelStore.open(readModelsFile);
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let lastReport = started;
  const result = await rebuildReadModels(store, target, ALL_PROJECTIONS, {
    onProgress: ({ eventsApplied }) => {
      const now = performance.now();
      if (now - lastReport < 5000) return;
      lastReport = now;
      process.stderr.write(`  rebuild: ${eventsApplied.toLocaleString('en')} events, ${Math.round(eventsApplied / ((now - started) / 1000)).toLocaleString('en')}/s\n`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpuBefore);
  const rows = await target.get('SELECT (SELECT COUNT(*) FROM consultations) AS consultations, (SELECT COUNT(*) FROM activity_facts) AS facts');
  await target.close();
  await store.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(readModelsFile + suffix, { force: true });
  report({
    events: result.eventsApplied,
    seconds,
    eventsPerSecond: result.eventsApplied / seconds,
    cpuSeconds,
    eventsPerCpuSecond: result.eventsApplied / cpuSeconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rssBeforeMb: rssBefore / 2 ** 20,
    readModelRows: rows,
  });
}

runMain(main);
