'use strict';
/**
 * Child process: projection catch-up on PostgreSQL. A ProjectionRunner, as the API and the
 * projector run it (batches of 2,000 while behind, 500 once live, each batch and its checkpoint in
 * one transaction), starts from position 0 over a log already in PostgreSQL (postgres-load.js) and projects every
 * read model into a fresh schema of the same database; the rate is events applied per second
 * until the runner reaches the log's head.
 *
 * usage: node postgres-catch-up.js <connection string>
 */
const { built } = require('../lib/project-build');
const { cpuSecondsSince, report, runMain } = require('../lib/child');

async function main() {
  const [connectionString] = process.argv.slice(2);
  const { PostgresEventStore } = built('libs/event-store/postgres/postgres-event-store');
  const { ALL_PROJECTIONS, PostgresReadModelStore, ProjectionRunner } = built('libs/projections/index');
  const store = await PostgresEventStore.connect({ connectionString });
  const readModels = await PostgresReadModelStore.connect({ connectionString, schema: 'read_models_catch_up' });
  const head = await store.headPosition();
  const runner = new ProjectionRunner(store, readModels, ALL_PROJECTIONS);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await runner.start();
  if (!(await runner.waitFor(head, 10 * 60_000))) throw new Error(`the runner did not reach ${head} within 10 minutes`);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpuBefore);
  await runner.stop();
  const { events } = await readModels.get('SELECT COUNT(*)::int AS events FROM activity_facts');
  await readModels.close();
  await store.close();
  report({ events: Number(head), seconds, eventsPerSecond: Number(head) / seconds, cpuSeconds, eventsPerCpuSecond: Number(head) / cpuSeconds, activityFacts: events, peakRssMb: process.resourceUsage().maxRSS / 1024 });
}

runMain(main);
