'use strict';
/**
 * `npm run bench`: every benchmark side by side in one run, each measurement in a process of its
 * own; prints the figures and ratios, and writes bench-results/results.md, results.svg and
 * results.json. What each benchmark does and how to size it: test/bench/README.md.
 */
const { execFileSync } = require('node:child_process');
const { existsSync, mkdirSync, rmSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const { join } = require('node:path');
const { runChild } = require('./lib/child');
const { createBenchDatabase, durabilitySettings } = require('./lib/postgres-database');
const { buildProject } = require('./lib/project-build');
const { consoleTable, markdown, svgChart } = require('./lib/report');
const { settings } = require('./lib/settings');

const PEERS = join(settings.root, 'test', 'peers', 'emmett');
const EMMETT_SQLITE = 'Emmett 0.38.5 (emmett-sqlite)';
const EMMETT_POSTGRES = 'Emmett 0.42.0 (emmett-postgresql)';
const EMMETT_EXPRESS = 'Emmett 0.38.5 (emmett-expressjs 0.35.0-alpha.2 + emmett-sqlite)';
const bench = (path) => join(__dirname, path);
const peer = (path) => join(PEERS, path);
const wants = (part) => settings.only.includes(part);

function log(message) {
  process.stderr.write(`${message}\n`);
}

/** Runs one measurement; a failure is recorded in its row and the run goes on. */
async function measure(title, work) {
  log(`- ${title}`);
  try {
    return await work();
  } catch (error) {
    log(`  failed: ${error.message}`);
    return { error: error.message.split('\n')[0] };
  }
}

function installPeers() {
  for (const folder of ['sqlite', 'postgresql', 'express']) {
    const directory = peer(folder);
    if (existsSync(join(directory, 'node_modules'))) continue;
    log(`- installing the Emmett peer in test/peers/emmett/${folder} (npm ci)`);
    execFileSync('npm', ['ci', '--prefix', directory, '--no-audit', '--no-fund'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
}

async function machine() {
  const cpus = os.cpus();
  let nproc = cpus.length;
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    // not every system has nproc
  }
  return {
    cpus: nproc,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.versions.node,
    platform: `${os.type()} ${os.release()}`,
    postgres: await durabilitySettings().catch(() => undefined),
  };
}

/** Runs `work(connectionString)` on a throw-away database, dropped once the work (its child process) has ended. */
async function inFreshDatabase(work) {
  const database = await createBenchDatabase('bench');
  try {
    return await work(database.connectionString);
  } finally {
    await database.drop();
  }
}

async function appendBenchmarks() {
  const rows = [];
  const modes = [1, settings.batchSize];
  const add = (row, result) => rows.push({ ...row, ...result });
  for (const eventsPerAppend of modes) {
    const base = { store: 'SQLite', eventsPerAppend, writers: 1 };
    const script = bench('append/sqlite-append.js');
    add({ ...base, who: 'raw INSERT loop (ceiling)', ceiling: true }, await measure(`SQLite raw INSERT loop, ${eventsPerAppend}/append`, () => runChild(script, ['raw', String(eventsPerAppend)])));
    add({ ...base, who: 'SqliteEventStore (adapter)', ours: true }, await measure(`SQLite adapter, ${eventsPerAppend}/append`, () => runChild(script, ['adapter', String(eventsPerAppend)])));
    add({ ...base, who: 'full stack: encrypting + chained + adapter' }, await measure(`SQLite full stack, ${eventsPerAppend}/append`, () => runChild(script, ['full-stack', String(eventsPerAppend)])));
    if (eventsPerAppend === 1) {
      // Commands arriving together: the adapter group-commits the appends of one turn of the event loop.
      const together = { ...base, writers: settings.sqliteConcurrentWriters };
      const args = (variant) => [variant, '1', String(settings.sqliteConcurrentWriters)];
      add({ ...together, who: 'SqliteEventStore (adapter)', ours: true }, await measure(`SQLite adapter, 1/append, ${together.writers} writers`, () => runChild(script, args('adapter'))));
      add({ ...together, who: 'full stack: encrypting + chained + adapter' }, await measure(`SQLite full stack, 1/append, ${together.writers} writers`, () => runChild(script, args('full-stack'))));
    }
    if (wants('peers')) {
      add({ ...base, who: EMMETT_SQLITE, emmett: true }, await measure(`Emmett SQLite, ${eventsPerAppend}/append`, () =>
        runChild(peer('sqlite/append.mjs'), [String(eventsPerAppend), join(settings.workDir, 'append-emmett.sqlite')], { cwd: peer('sqlite') })));
    }
  }
  for (const writers of settings.postgresWriters) {
    for (const eventsPerAppend of modes) {
      const base = { store: 'PostgreSQL', eventsPerAppend, writers };
      const ours = (variant) => (connectionString) =>
        runChild(bench('append/postgres-append.js'), [variant, String(eventsPerAppend), String(writers), connectionString]);
      const title = (who) => `PostgreSQL ${who}, ${eventsPerAppend}/append, ${writers} writers`;
      add({ ...base, who: 'raw INSERT loop (ceiling)', ceiling: true }, await measure(title('raw INSERT loop'), () => inFreshDatabase(ours('raw'))));
      if (eventsPerAppend > 1) {
        add({ ...base, who: 'raw multi-row INSERT (ceiling)', ceiling: true }, await measure(title('raw multi-row INSERT'), () => inFreshDatabase(ours('raw-multirow'))));
      }
      add({ ...base, who: 'PostgresEventStore (adapter)', ours: true }, await measure(title('adapter'), () => inFreshDatabase(ours('adapter'))));
      add({ ...base, who: 'full stack: encrypting + chained + adapter' }, await measure(title('full stack'), () => inFreshDatabase(ours('full-stack'))));
      if (wants('peers')) {
        const emmett = (connectionString) =>
          runChild(peer('postgresql/append.mjs'), [String(eventsPerAppend), String(writers), connectionString], { cwd: peer('postgresql') });
        add({ ...base, who: EMMETT_POSTGRES, emmett: true }, await measure(title('Emmett'), () => inFreshDatabase(emmett)));
      }
    }
  }
  // Ratios: each row to the best raw ceiling of its store, mode and writers; ours to Emmett's.
  for (const row of rows) {
    const same = (other) => other.store === row.store && other.eventsPerAppend === row.eventsPerAppend && other.writers === row.writers;
    const ceiling = Math.max(0, ...rows.filter((other) => other.ceiling && same(other)).map((other) => other.eventsPerSecond ?? 0));
    if (ceiling > 0 && row.eventsPerSecond) row.ratioToCeiling = row.eventsPerSecond / ceiling;
    const emmett = rows.find((other) => other.emmett && same(other));
    if (row.ours && emmett?.eventsPerSecond && row.eventsPerSecond) row.oursOverEmmett = row.eventsPerSecond / emmett.eventsPerSecond;
  }
  return rows;
}

async function rebuildBenchmarks() {
  const rows = [];
  const eventLog = await measure(`event log of ${settings.rebuildEvents.toLocaleString('en')} events (generated once, then reused)`, () => runChild(bench('rebuild/generate-event-log.js')));
  if (eventLog.error) return [{ label: 'event log generation', ...eventLog }];
  const readModels = join(settings.workDir, 'rebuilt-read-models.sqlite');
  const rebuild = await measure('rebuildReadModels into a fresh SqliteReadModelStore', () => runChild(bench('rebuild/rebuild-read-models.js'), [eventLog.file, readModels]));
  const { rebuildEventsPerSecond, rebuildPeakRssMb } = settings.targets;
  rows.push({
    label: 'ours: rebuildReadModels, all read models, SQLite → SQLite',
    ...rebuild,
    target: `≥ ${rebuildEventsPerSecond.toLocaleString('en')} events/s and peak RSS < ${rebuildPeakRssMb} MB`,
    targetValue: rebuildEventsPerSecond,
    met: rebuild.error ? false : rebuild.eventsPerSecond >= rebuildEventsPerSecond && rebuild.peakRssMb < rebuildPeakRssMb,
    note: rebuild.error ? undefined : `${(rebuild.eventsPerSecond / rebuildEventsPerSecond).toFixed(2)}× the rate target; ${eventLog.streams?.toLocaleString('en')} streams`,
  });
  const ourFold = await measure('our read-and-fold, SQLite', () => runChild(bench('rebuild/read-and-fold.js'), ['sqlite', eventLog.file]));
  rows.push({ label: 'ours: read-and-fold (readAll + per-partnership counts), SQLite', ...ourFold, note: foldNote(ourFold) });
  if (wants('peers')) {
    const emmettFile = join(settings.workDir, 'fold-emmett.sqlite');
    const script = peer('sqlite/read-and-fold.mjs');
    const loaded = await measure('Emmett SQLite: copying the log into its schema', () => runChild(script, ['load', eventLog.file, String(settings.rebuildEvents), emmettFile], { cwd: peer('sqlite') }));
    if (!loaded.error) {
      for (const mode of ['batch-reader', 'consumer']) {
        const args = mode === 'consumer' ? [mode, String(settings.consumerEvents), emmettFile] : [mode, emmettFile];
        const result = await measure(`Emmett SQLite read-and-fold, ${mode}`, () => runChild(script, args, { cwd: peer('sqlite') }));
        // The consumer folds a prefix of the log: compare its counts with nobody's.
        const comparedWith = mode === 'consumer' && settings.consumerEvents < settings.rebuildEvents ? undefined : ourFold;
        rows.push({
          label: `${EMMETT_SQLITE}: read-and-fold, ${mode === 'consumer' ? 'consumer + processor' : 'readMessagesBatch'}`,
          ...result,
          ratio: result.eventsPerSecond && ourFold.eventsPerSecond ? ourFold.eventsPerSecond / result.eventsPerSecond : undefined,
          ratioOf: 'ours ÷ this',
          note: foldNote(result, comparedWith),
        });
      }
    }
    for (const suffix of ['', '-wal', '-shm']) rmSync(emmettFile + suffix, { force: true });
  }
  if (settings.postgresFoldEvents > 0) {
    const database = await createBenchDatabase('fold');
    try {
      const count = String(Math.min(settings.postgresFoldEvents, settings.rebuildEvents));
      const loaded = await measure(`PostgreSQL: loading ${Number(count).toLocaleString('en')} events into our schema`, () => runChild(bench('rebuild/postgres-load.js'), [eventLog.file, count, database.connectionString]));
      if (!loaded.error) {
        const catchUp = await measure('ProjectionRunner catch-up, PostgreSQL → PostgreSQL', () => runChild(bench('rebuild/postgres-catch-up.js'), [database.connectionString]));
        const { catchUpEventsPerSecond } = settings.targets;
        rows.push({
          label: 'ours: ProjectionRunner catch-up from 0, all read models, PostgreSQL → PostgreSQL',
          ...catchUp,
          target: `≥ ${catchUpEventsPerSecond.toLocaleString('en')} events/s`,
          targetValue: catchUpEventsPerSecond,
          met: catchUp.error ? false : catchUp.eventsPerSecond >= catchUpEventsPerSecond,
        });
        const ours = await measure('our read-and-fold, PostgreSQL', () => runChild(bench('rebuild/read-and-fold.js'), ['postgres', database.connectionString]));
        rows.push({ label: 'ours: read-and-fold, PostgreSQL', ...ours, note: foldNote(ours) });
        if (wants('peers')) {
          const script = peer('postgresql/read-and-fold.mjs');
          const copied = await measure('Emmett PostgreSQL: copying the log into its schema', () => runChild(script, ['load', database.connectionString], { cwd: peer('postgresql') }));
          if (!copied.error) {
            const result = await measure('Emmett PostgreSQL read-and-fold', () => runChild(script, ['batch-reader', database.connectionString], { cwd: peer('postgresql') }));
            rows.push({
              label: `${EMMETT_POSTGRES}: read-and-fold, readMessagesBatch`,
              ...result,
              ratio: result.eventsPerSecond && ours.eventsPerSecond ? ours.eventsPerSecond / result.eventsPerSecond : undefined,
              ratioOf: 'ours ÷ this',
              note: foldNote(result, ours),
            });
          }
        }
      }
    } finally {
      await database.drop();
    }
  }
  return rows;
}

/** The fold's own result, and whether it agrees with ours: both sides must have counted the same. */
function foldNote(result, ours) {
  if (result.error || result.partnerships === undefined) return undefined;
  const agrees = ours && !ours.error ? (ours.partnerships === result.partnerships && ours.eventsCounted === result.eventsCounted ? ', same counts as ours' : ', COUNTS DIFFER FROM OURS') : '';
  return `${result.partnerships.toLocaleString('en')} partnerships, ${result.eventsCounted.toLocaleString('en')} events counted${agrees}`;
}

async function httpBenchmarks() {
  const bare = await measure('HTTP: bare Fastify route', () => runChild(bench('http/http-bench.js'), ['bare']));
  const command = await measure('HTTP: the application, POST /v1/consultations', () => runChild(bench('http/http-bench.js'), ['command']));
  const traced = await measure('HTTP: the application traced (OTLP export of every span), POST /v1/consultations', () => runChild(bench('http/http-bench.js'), ['traced']));
  const emmett = wants('peers')
    ? await measure(`HTTP: ${EMMETT_EXPRESS}, POST /v1/consultations`, () => runChild(bench('http/http-bench.js'), ['emmett']))
    : undefined;
  const { commandShareOfBareRoute, commandP99Ms } = settings.targets;
  const share = command.requestsPerSecond && bare.requestsPerSecond ? command.requestsPerSecond / bare.requestsPerSecond : undefined;
  const peers = emmett
    ? [
        {
          label: `${EMMETT_EXPRESS}: the same request`,
          ...emmett,
          ratio: emmett.requestsPerSecond && command.requestsPerSecond ? command.requestsPerSecond / emmett.requestsPerSecond : undefined,
          ratioOf: 'ours ÷ this',
        },
      ]
    : [];
  return [
    { label: 'bare Fastify route (parse JSON, answer 201)', ...bare },
    {
      label: 'the application: RequestConsultation',
      ...command,
      ratio: share,
      ratioOf: 'of the bare route',
      target: `≥ ${commandShareOfBareRoute * 100} % of the bare route and p99 < ${commandP99Ms} ms`,
      met: share !== undefined && !command.non2xx && share >= commandShareOfBareRoute && command.latencyP99Ms < commandP99Ms,
    },
    {
      label: 'the application traced: RequestConsultation, every span exported over OTLP',
      ...traced,
      ratio: traced.requestsPerSecond && command.requestsPerSecond ? traced.requestsPerSecond / command.requestsPerSecond : undefined,
      ratioOf: 'of the untraced application',
    },
    ...peers,
  ];
}

/**
 * The same requests on an empty log and on the rebuild log (a data directory prepared once and
 * copied for the run): throughput and p99 should not depend on the history behind them, and the
 * process's memory should stay flat after warm-up and within its budget.
 */
async function logSizeBenchmarks() {
  const eventLog = await measure('event log (reused from the rebuild part)', () => runChild(bench('rebuild/generate-event-log.js')));
  if (eventLog.error) return [{ label: 'event log generation', ...eventLog }];
  const events = eventLog.events.toLocaleString('en');
  const dataDir = join(settings.workDir, `logsize-data-${settings.rebuildEvents}`);
  const prepared = await measure(`log size: a data directory holding the ${events}-event log, sealed, its read models built (once, then reused)`, () =>
    runChild(bench('logsize/prepare-data-dir.js'), [eventLog.file, dataDir], { timeoutMs: 90 * 60_000 }),
  );
  const { logSizeThroughputShare, memoryFlatWithin, embeddedRssBudgetMb } = settings.targets;
  const rows = [];
  for (const [workload, what] of [['command', 'POST /v1/consultations'], ['mix', 'create → accept → schedule']]) {
    const run = (name, args) => measure(`log size: ${what} on the ${name}`, () => runChild(bench('logsize/log-size-bench.js'), [workload, ...args]));
    const empty = { label: `${what}, empty log`, logSize: 'empty', ...(await run('empty log', [])) };
    const large = { label: `${what}, ${events}-event log`, logSize: 'large', ...(prepared.error ? prepared : await run(`${events}-event log`, [dataDir])) };
    if (!large.error && !empty.error) {
      large.ratio = large.requestsPerSecond / empty.requestsPerSecond;
      large.ratioOf = 'of the empty log';
      // Steadier than throughput on a machine that other work shares.
      if (large.serverCpuMsPerRequest && empty.serverCpuMsPerRequest) large.cpuRatio = large.serverCpuMsPerRequest / empty.serverCpuMsPerRequest;
      large.target = `throughput within ${Math.round((1 - logSizeThroughputShare) * 100)} % of the empty log's`;
      large.met = !large.non2xx && large.ratio >= logSizeThroughputShare;
    }
    for (const row of [empty, large]) {
      if (row.error) continue;
      row.budgetTarget = `peak < ${embeddedRssBudgetMb} MB, the embedded process's budget`;
      row.budgetMet = row.rssMaxMb < embeddedRssBudgetMb;
      row.memoryRatio = row.rssSecondHalfPeakMb / row.rssFirstHalfPeakMb;
      row.flatTarget = `flat after warm-up: the second half's highest RSS within ${Math.round(memoryFlatWithin * 100)} % of the first half's`;
      row.flatMet = row.memoryRatio <= 1 + memoryFlatWithin;
    }
    rows.push(empty, large);
  }
  return rows;
}

async function kafkaBenchmarks() {
  const eventLog = await measure('event log (reused from the rebuild part)', () => runChild(bench('rebuild/generate-event-log.js')));
  if (eventLog.error) return [{ label: 'event log generation', ...eventLog }];
  const count = String(Math.min(settings.kafkaEvents, settings.rebuildEvents));
  const result = await measure(`Kafka: relay and projectors over ${Number(count).toLocaleString('en')} events, mock cluster`, () =>
    inFreshDatabase((connectionString) => runChild(bench('kafka/kafka-throughput.js'), [eventLog.file, count, connectionString])),
  );
  if (result.error) return [{ label: 'relay and projector', ...result }];
  const cpuNote = ({ events, cpuSeconds, postgresCpuSeconds }) =>
    cpuSeconds === undefined
      ? undefined
      : `CPU an event: ${((cpuSeconds * 1000) / events).toFixed(3)} ms the projector process` +
        (postgresCpuSeconds === undefined ? '' : `, ${((postgresCpuSeconds * 1000) / events).toFixed(3)} ms PostgreSQL`);
  const row = (label, stage, eventsPerSecond) => ({ label, events: stage.events, seconds: stage.seconds, eventsPerSecond, peakRssMb: undefined, note: cpuNote(stage) });
  const { kafkaPostgresEventsPerSecond } = settings.targets;
  return [
    row('relay: SQLite log → Kafka (batches of 500, acks=all, idempotent producer)', result.figures.relay, result.relayEventsPerSecond),
    row('projector: Kafka → SQLite read models (all six)', result.figures.projectorSqlite, result.projectorSqliteEventsPerSecond),
    {
      ...row('projector: Kafka → PostgreSQL read models (all six)', result.figures.projectorPostgres, result.projectorPostgresEventsPerSecond),
      target: `≥ ${kafkaPostgresEventsPerSecond.toLocaleString('en')} events/s`,
      targetValue: kafkaPostgresEventsPerSecond,
      met: result.projectorPostgresEventsPerSecond >= kafkaPostgresEventsPerSecond,
    },
  ];
}

/** The smallest multiple of every process count that is at least `wanted`: each process then gets as many connections. */
function connectionsSharedEvenly(wanted, processCounts) {
  const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));
  const step = processCounts.reduce((lcm, count) => (lcm * count) / gcd(lcm, count), 1);
  return Math.max(1, Math.ceil(wanted / step)) * step;
}

const processWord = (count) => (count === 1 ? 'process' : 'processes');
const processes = (count) => `${count} ${processWord(count)}`;

/** Each row's share of the row with the fewest processes of its kind. */
function ratiosToTheFewest(rows, countOf, rateOf) {
  const measured = rows.filter((row) => !row.error && rateOf(row) > 0);
  if (measured.length === 0) return;
  const base = measured.reduce((fewest, row) => (countOf(row) < countOf(fewest) ? row : fewest));
  for (const row of measured) Object.assign(row, { ratio: rateOf(row) / rateOf(base), ratioOf: `of ${processes(countOf(base))}` });
}

/**
 * Scale-out: 1, 2 and 4 API processes on one PostgreSQL database (a fresh one each), the
 * consultation requests spread over them; then the projector app as 1 and 2 processes of one
 * consumer group over the same events from the mock Kafka cluster.
 */
async function scaleBenchmarks() {
  const connections = connectionsSharedEvenly(settings.httpConnections, settings.scaleApiProcesses);
  const api = [];
  for (const count of settings.scaleApiProcesses) {
    const result = await measure(`scale: ${count} API ${processWord(count)} on one PostgreSQL, POST /v1/consultations over ${connections} connections`, () =>
      inFreshDatabase((connectionString) => runChild(bench('scale/api-processes.js'), [String(count), String(connections), connectionString])),
    );
    api.push({ kind: 'api', label: `${count} API ${processWord(count)}, one PostgreSQL: RequestConsultation`, processes: count, connections, ...result });
  }
  ratiosToTheFewest(api, (row) => row.processes, (row) => row.requestsPerSecond);

  const eventLog = await measure('event log (reused from the rebuild part)', () => runChild(bench('rebuild/generate-event-log.js')));
  if (eventLog.error) return [...api, { kind: 'projector', label: 'event log generation', ...eventLog }];
  const count = String(Math.min(settings.kafkaEvents, settings.rebuildEvents));
  const consumers = settings.scaleConsumers.join(',');
  const result = await measure(`scale: projector processes (${consumers}) in one consumer group over ${Number(count).toLocaleString('en')} events, mock cluster`, () =>
    runChild(bench('scale/projector-consumers.js'), [eventLog.file, count, consumers]),
  );
  if (result.error) return [...api, { kind: 'projector', label: 'projector processes in one group', ...result }];
  const projector = result.groups.map((group) => ({
    kind: 'projector',
    label: `${group.consumers} projector ${processWord(group.consumers)}, one group: Kafka → PostgreSQL`,
    ...group,
  }));
  ratiosToTheFewest(projector, (row) => row.consumers, (row) => row.eventsPerSecond);
  return [...api, ...projector];
}

/**
 * One expert's calendar at 100, 1,000 and 10,000 bookings of history: each figure should stay flat
 * (or grow with log n). Then the same counts all still ahead, a diary full of coming work: a
 * decision stays logarithmic, a cold load grows with the open diary it must read, not with history.
 */
async function calendarBenchmarks() {
  const rows = [];
  for (const where of ['history', 'ahead']) {
    const of = (bookings) => `${bookings.toLocaleString('en')} bookings${where === 'ahead' ? ', all ahead' : ''}`;
    for (const bookings of settings.calendarBookings) {
      const decide = await measure(`calendar: decide(BookExpert), ${of(bookings)}`, () => runChild(bench('calendar/calendar-bench.js'), ['decide', String(bookings), where]));
      rows.push({ label: `decide(BookExpert), ${of(bookings)}`, kind: 'decide', ...decide });
    }
    for (const bookings of settings.calendarBookings) {
      const load = await measure(`calendar: cold load, ${of(bookings)}`, () => runChild(bench('calendar/calendar-bench.js'), ['cold-load', String(bookings), where]));
      rows.push({ label: `cold calendar load (SQLite), ${of(bookings)}`, kind: 'cold-load', ...load });
    }
  }
  const mix = await measure('calendar: create → accept → schedule over HTTP, calendars growing', () => runChild(bench('calendar/http-mix.js')));
  if (mix.error) rows.push({ label: 'create → accept → schedule mix', kind: 'mix', ...mix });
  const windows = mix.windows ?? [];
  for (const [index, window] of windows.entries()) {
    const to = window.from + mix.windowSeconds;
    const ratio = window.requestsPerSecond / windows[0].requestsPerSecond;
    const last = index === windows.length - 1 && index > 0;
    rows.push({
      label: `create → accept → schedule, ${window.from}–${to} s`,
      kind: 'mix',
      ...window,
      bookingsPerExpert: mix.bookingsPerExpert,
      ratio,
      ratioOf: 'of the first window',
      ...(last ? { target: 'the last window within 10 % of the first', met: ratio >= 0.9 } : {}),
    });
  }
  return rows;
}

async function main() {
  const startedAt = new Date();
  const began = performance.now();
  mkdirSync(settings.workDir, { recursive: true });
  const results = { startedAt: startedAt.toISOString(), machine: await machine(), settings, append: [], rebuild: [], http: [], logSize: [], kafka: [], scale: [], calendar: [], notes: [] };
  log(`telemed-backbone benchmark: ${results.machine.cpus} cores, Node ${results.machine.node}, parts: ${settings.only.join(', ')}`);
  log('- compiling the project into bench-results/build');
  buildProject();
  if (wants('peers')) installPeers();
  if (wants('append')) results.append = await appendBenchmarks();
  if (wants('rebuild')) results.rebuild = await rebuildBenchmarks();
  if (wants('http')) results.http = await httpBenchmarks();
  if (wants('logsize')) results.logSize = await logSizeBenchmarks();
  if (wants('kafka')) results.kafka = await kafkaBenchmarks();
  if (wants('scale')) results.scale = await scaleBenchmarks();
  if (wants('calendar')) results.calendar = await calendarBenchmarks();
  results.seconds = (performance.now() - began) / 1000;
  results.notes.push(...require('./notes').notesFor(results));
  console.log(consoleTable(results));
  writeFileSync(join(settings.resultsDir, 'results.md'), markdown(results));
  writeFileSync(join(settings.resultsDir, 'results.svg'), svgChart(results));
  writeFileSync(join(settings.resultsDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten: bench-results/results.md, results.svg, results.json (${Math.round(results.seconds)} s)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
