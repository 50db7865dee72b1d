'use strict';
/**
 * Every size and duration of the benchmark, from the environment, with defaults that keep one
 * `npm run bench` on a 2-core machine under about ten minutes.
 */
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..', '..', '..');
const RESULTS_DIR = join(ROOT, 'bench-results');

function integer(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got ${raw}`);
  return value;
}

function list(name, fallback) {
  const raw = process.env[name];
  return raw ? raw.split(',').map((item) => item.trim()).filter(Boolean) : fallback;
}

const settings = {
  root: ROOT,
  resultsDir: RESULTS_DIR,
  /** Where the project is compiled for the benchmark, so that a bench never rewrites dist/ under others' feet. */
  buildDir: process.env.BENCH_BUILD_DIR ? resolve(process.env.BENCH_BUILD_DIR) : join(RESULTS_DIR, 'build'),
  /** Scratch files (event logs, read models); the 1M-event log is kept here between runs. */
  workDir: process.env.BENCH_WORK_DIR ? resolve(process.env.BENCH_WORK_DIR) : join(RESULTS_DIR, 'scratch'),
  /** Which parts run: append, rebuild, http, logsize, kafka, scale, calendar, peers. */
  only: list('BENCH_ONLY', ['append', 'rebuild', 'http', 'logsize', 'kafka', 'scale', 'calendar', 'peers']),
  /** Sizes of the expert calendar the calendar part measures. */
  calendarBookings: list('BENCH_CALENDAR_BOOKINGS', ['100', '1000', '10000']).map(Number),
  /** Upper bound of events per append measurement ... */
  events: integer('BENCH_EVENTS', 50_000),
  /** ... and of its duration: whichever comes first ends the measurement. */
  appendSeconds: integer('BENCH_APPEND_SECONDS', 4),
  batchSize: integer('BENCH_BATCH_SIZE', 100),
  postgresWriters: list('BENCH_PG_WRITERS', ['1', '4']).map(Number),
  /** Concurrent single-event appenders on SQLite, whose appends share commits. */
  sqliteConcurrentWriters: integer('BENCH_SQLITE_WRITERS', 16),
  rebuildEvents: integer('BENCH_REBUILD_EVENTS', 1_000_000),
  /** Events of the PostgreSQL read-and-fold comparison (loaded into two throw-away tables). */
  postgresFoldEvents: integer('BENCH_PG_FOLD_EVENTS', 100_000),
  /** Events Emmett's SQLite consumer folds (it writes a checkpoint per message, so it is slow: a prefix of the log is enough for its rate). */
  consumerEvents: integer('BENCH_CONSUMER_EVENTS', 100_000),
  /** The programme replicated into the rebuild log: see rebuild/generate-event-log.js. */
  templateSeed: integer('BENCH_TEMPLATE_SEED', 7),
  templateScale: Number(process.env.BENCH_TEMPLATE_SCALE ?? 2),
  templateMonths: integer('BENCH_TEMPLATE_MONTHS', 24),
  /** Regenerate the cached template and event log even when present. */
  fresh: process.env.BENCH_FRESH === '1',
  /** Events the relay publishes and each projector consumes, from the start of the rebuild log. */
  kafkaEvents: integer('BENCH_KAFKA_EVENTS', 50_000),
  /** Every HTTP measurement is preceded by this many seconds of the same load, not counted. */
  httpWarmupSeconds: 3,
  httpSeconds: integer('BENCH_HTTP_SECONDS', 10),
  httpConnections: integer('BENCH_HTTP_CONNECTIONS', 10),
  /** Requests a second the HTTP part sends, all connections together; 0: as fast as the server answers. A fixed rate makes the server's CPU time per request comparable between runs. */
  httpRate: integer('BENCH_HTTP_RATE', 0),
  /** The scale-out part: API processes on one PostgreSQL database, one row each ... */
  scaleApiProcesses: list('BENCH_SCALE_PROCESSES', ['1', '2', '4']).map(Number),
  /** ... and projector processes in one consumer group, over the Kafka part's events. */
  scaleConsumers: list('BENCH_SCALE_CONSUMERS', ['1', '2']).map(Number),
  /** `1`: the bench agreement counts its response targets in the receiving hospital's working time. */
  httpWorkingTime: process.env.BENCH_HTTP_WORKING_TIME === '1',
  /** The log-size part: warm-up, then the measured seconds, on the empty log and on the rebuild log alike. */
  logSizeWarmupSeconds: integer('BENCH_LOGSIZE_WARMUP_SECONDS', 30),
  logSizeSeconds: integer('BENCH_LOGSIZE_SECONDS', 90),
  /** Rounds of the clock-cost comparison (http/clock-cost.js): each round runs every variant once. */
  clockCostRounds: integer('BENCH_CLOCK_COST_ROUNDS', 5),
  postgresUrl: process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  /** Targets the report checks. */
  targets: {
    rebuildEventsPerSecond: 100_000,
    rebuildPeakRssMb: 400,
    /** ProjectionRunner from position 0, PostgreSQL log → PostgreSQL read models. */
    catchUpEventsPerSecond: 25_000,
    /** Kafka projector → PostgreSQL read models. */
    kafkaPostgresEventsPerSecond: 15_000,
    commandShareOfBareRoute: 0.25,
    commandP99Ms: 50,
    /** POST /v1/consultations on the rebuild log, as a share of the same on an empty log. */
    logSizeThroughputShare: 0.9,
    /**
     * Memory flat after warm-up: the highest RSS of the measurement's second half within this share of
     * its first half's. Resident memory climbs between V8's full collections and drops at each, so two
     * single samples compare two points of a tooth; the highest points of the two halves compare the
     * envelope, which is what grows when something leaks.
     */
    memoryFlatWithin: 0.1,
    /** The embedded process's memory budget (README, Memory): its RSS under load, whatever the log's size. */
    embeddedRssBudgetMb: 512,
  },
};

module.exports = { settings };
