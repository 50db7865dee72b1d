import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { mintToken } from '@telemed/auth';
import { PostgresEventStore } from '@telemed/event-store/postgres/postgres-event-store';
import { BackboneProcess, ensureBuilt, killLeftoverBackbones, waitUntilCaughtUp } from '../recovery/backbone-process';
import { readWholeLog } from '../stats/log-recount';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { ConsultationLoad, timeUntil, type Answer } from './command-load';
import { consultationBody, FAULT_SUITE_ENV, seedNetworkOver, unhandledErrorsIn } from './backbone-fixture';
import { TcpProxy } from './tcp-proxy';

const JWT_SECRET = 'fault-suite-secret-of-at-least-forty-characters';
const REQUEST_TIMEOUT_MS = Number(FAULT_SUITE_ENV.SERVER_REQUEST_TIMEOUT_MS);
const OUTAGE_MS = 5000;

interface Ready {
  status: number;
  body: { status: string; checks: Record<string, { ready: boolean; detail?: string }> };
}

async function readiness(url: string): Promise<Ready> {
  const response = await fetch(`${url}/health/ready`);
  return { status: response.status, body: (await response.json()) as Ready['body'] };
}

/** Ends every server connection to the database but the caller's: what a failover or an operator does. */
async function terminateBackends(adminUrl: string, database: string): Promise<number> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ pid: number }>(
      'SELECT pg_terminate_backend(pid) AS terminated, pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [database],
    );
    return rows.length;
  } finally {
    await admin.end();
  }
}

describe('the API on PostgreSQL when the database connections are lost', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'telemed-pg-faults-'));
  let database: TestDatabase;
  const proxy = new TcpProxy('127.0.0.1', 5432);
  let backbone: BackboneProcess;
  let url: string;
  let load: ConsultationLoad;
  let terminated = 0;
  let stillUpAfterTermination = false;
  let terminationAnswers: Answer[] = [];
  let outageAnswers: Answer[] = [];
  let readyDuringOutage: Ready;
  let liveDuringOutage = 0;
  let firstWriteAfterOutageMs = 0;
  let readyAfterOutageMs = 0;
  let readModelsAfter: { position: string; behind: string };
  let auditor: string;

  beforeAll(async () => {
    ensureBuilt();
    database = await createTestDatabase();
    await proxy.accept();
    backbone = new BackboneProcess(dataDir, JWT_SECRET, {
      ...FAULT_SUITE_ENV,
      EVENT_STORE: 'postgres',
      READ_MODEL_STORE: 'postgres',
      DATABASE_URL: proxy.through(database.connectionString),
      PATIENT_DATA_MASTER_KEY: randomBytes(32).toString('base64'),
    });
    url = await backbone.url;
    const network = await seedNetworkOver(url, JWT_SECRET);
    auditor = await mintToken(JWT_SECRET, { sub: 'auditor-faults', role: 'auditor' });
    load = new ConsultationLoad(url, network.tokens.clinician, consultationBody(network), REQUEST_TIMEOUT_MS + 5000);
    load.start(8);
    await sleep(1500);

    // Every server connection ended, twice, under load.
    const terminating = Date.now();
    const databaseName = new URL(database.connectionString).pathname.slice(1);
    terminated += await terminateBackends(database.connectionString, databaseName);
    await sleep(700);
    terminated += await terminateBackends(database.connectionString, databaseName);
    await sleep(1500);
    stillUpAfterTermination = backbone.isRunning;
    terminationAnswers = load.between(terminating);

    // The database refuses connections for a while.
    const outageBegan = Date.now();
    await proxy.refuse();
    await sleep(OUTAGE_MS / 2);
    readyDuringOutage = await readiness(url);
    liveDuringOutage = (await fetch(`${url}/health/live`)).status;
    await sleep(OUTAGE_MS / 2);
    const outageEnded = Date.now();
    outageAnswers = load.between(outageBegan + 200, outageEnded);
    await proxy.accept();
    const acknowledgedBefore = load.acknowledged.length;
    [firstWriteAfterOutageMs, readyAfterOutageMs] = await Promise.all([
      timeUntil(async () => load.acknowledged.length > acknowledgedBefore, 30_000, 'a write after the outage'),
      timeUntil(async () => (await readiness(url)).status === 200, 30_000, 'readiness after the outage'),
    ]);
    await sleep(1000);
    await load.stop();
    readModelsAfter = (await waitUntilCaughtUp(url, 30_000)).readModels;
    console.log(
      `PostgreSQL connection loss: ${terminated} server connections terminated under load; answers after: ${JSON.stringify(load.statusCounts(terminationAnswers))}\n` +
        `refused for ${OUTAGE_MS} ms: answers ${JSON.stringify(load.statusCounts(outageAnswers))}, slowest ${Math.max(...outageAnswers.map((answer) => answer.ms))} ms\n` +
        `recovered by itself: first acknowledged write ${firstWriteAfterOutageMs} ms and ready ${readyAfterOutageMs} ms after the database accepted connections again\n` +
        `${load.acknowledged.length} commands acknowledged in all`,
    );
  }, 120_000);

  afterAll(async () => {
    await load?.stop();
    await killLeftoverBackbones();
    await proxy.refuse();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('the process stays up when its connections are terminated under load, and answers 201 or 503, never 500', () => {
    expect(terminated).toBeGreaterThan(0);
    expect(stillUpAfterTermination).toBe(true);
    const statuses = new Set(terminationAnswers.map((answer) => answer.status));
    expect([...statuses].filter((status) => status !== 201 && status !== 503)).toEqual([]);
    expect(terminationAnswers.filter((answer) => answer.status === 201).length).toBeGreaterThan(0);
  });

  it('while the database refuses connections, writes answer 503 dependency-unavailable with Retry-After within the request timeout', () => {
    expect(outageAnswers.length).toBeGreaterThan(10);
    for (const answer of outageAnswers) {
      expect(answer).toMatchObject({ status: 503, code: 'dependency-unavailable', retryAfter: '5' });
      expect(answer.ms).toBeLessThan(REQUEST_TIMEOUT_MS);
    }
  });

  it('readiness names the event store as down while the process stays live', () => {
    expect(liveDuringOutage).toBe(200);
    expect(readyDuringOutage.status).toBe(503);
    expect(readyDuringOutage.body.checks.eventStore).toMatchObject({ ready: false });
    expect(readyDuringOutage.body.checks.eventStore.detail).toEqual(expect.any(String));
  });

  it('recovers by itself once the database is back, within seconds', () => {
    expect(backbone.isRunning).toBe(true);
    expect(firstWriteAfterOutageMs).toBeLessThan(10_000);
    // Ready once the read models have caught up with what the load wrote meanwhile, which takes longer while
    // other suites share the two cores.
    expect(readyAfterOutageMs).toBeLessThan(15_000);
    expect(unhandledErrorsIn(backbone.log)).toEqual([]);
  });

  it('nothing acknowledged is lost and nothing is written twice: the log, the read models and the counts agree', async () => {
    const store = await PostgresEventStore.connect({ connectionString: database.connectionString });
    try {
      const log = await readWholeLog(store);
      const requested = log.filter((event) => event.type === 'ConsultationRequested').map((event) => (event.data as { consultationId: string }).consultationId);
      expect(new Set(requested).size).toBe(requested.length);
      const inLog = new Set(requested);
      expect(load.acknowledged.filter((ack) => !inLog.has(ack.id))).toEqual([]);
      const head = await store.headPosition();
      expect(readModelsAfter).toEqual({ position: head.toString(), behind: '0' });

      const admin = new Client({ connectionString: database.connectionString });
      await admin.connect();
      try {
        const { rows } = await admin.query<{ count: string }>('SELECT COUNT(*) AS count FROM read_models.consultations');
        expect(Number(rows[0].count)).toBe(requested.length);
      } finally {
        await admin.end();
      }
    } finally {
      await store.close();
    }
  });

  it('the counts a coordinator sees equal a recount of the log', async () => {
    const store = await PostgresEventStore.connect({ connectionString: database.connectionString });
    let requested: number;
    try {
      requested = (await readWholeLog(store)).filter((event) => event.type === 'ConsultationRequested').length;
    } finally {
      await store.close();
    }
    const overview = await fetch(`${url}/v1/stats/overview`, { headers: { authorization: `Bearer ${auditor}` } });
    expect(((await overview.json()) as { consultations: { requested: number } }).consultations.requested).toBe(requested);
    expect(requested).toBeGreaterThanOrEqual(load.acknowledged.length);
  });

  it('the history still verifies', async () => {
    const response = await fetch(`${url}/v1/audit/verify`, { method: 'POST', headers: { authorization: `Bearer ${auditor}`, 'content-type': 'application/json' }, body: '{}' });
    const report = (await response.json()) as { ok: boolean; firstBreak?: unknown };
    expect(response.status).toBe(200);
    expect(report).toMatchObject({ ok: true });
  });
});
