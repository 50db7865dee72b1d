import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { mintToken } from '@telemed/auth';
import { EventStoreDbEventStore } from '@telemed/event-store/eventstoredb';
import { BackboneProcess, ensureBuilt, killLeftoverBackbones, waitUntilCaughtUp } from '../recovery/backbone-process';
import { readWholeLog } from '../stats/log-recount';
import { startEventStoreTestServer, type EventStoreTestServer } from '../support/eventstoredb/test-server';
import { ConsultationLoad, timeUntil, type Answer } from './command-load';
import { consultationBody, FAULT_SUITE_ENV, seedNetworkOver, unhandledErrorsIn } from './backbone-fixture';
import { TcpProxy } from './tcp-proxy';

const JWT_SECRET = 'fault-suite-secret-of-at-least-forty-characters';
const REQUEST_TIMEOUT_MS = Number(FAULT_SUITE_ENV.SERVER_REQUEST_TIMEOUT_MS);
const OUTAGE_MS = 5000;

describe('the API on EventStoreDB when the server cannot be reached', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'telemed-esdb-faults-'));
  let server: EventStoreTestServer;
  let proxy: TcpProxy;
  let backbone: BackboneProcess;
  let url: string;
  let load: ConsultationLoad;
  let outageAnswers: Answer[] = [];
  let readyDuringOutage = 0;
  let liveDuringOutage = 0;
  let firstWriteAfterOutageMs = 0;
  let readyAfterOutageMs = 0;
  let auditor: string;

  beforeAll(async () => {
    ensureBuilt();
    server = await startEventStoreTestServer();
    const target = new URL(server.connectionString.replace('esdb://', 'http://'));
    proxy = new TcpProxy('127.0.0.1', Number(target.port));
    await proxy.accept();
    backbone = new BackboneProcess(dataDir, JWT_SECRET, {
      ...FAULT_SUITE_ENV,
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: `esdb://127.0.0.1:${proxy.port}?tls=false`,
      PATIENT_DATA_MASTER_KEY: randomBytes(32).toString('base64'),
    });
    url = await backbone.url;
    const network = await seedNetworkOver(url, JWT_SECRET);
    auditor = await mintToken(JWT_SECRET, { sub: 'auditor-faults', role: 'auditor' });
    load = new ConsultationLoad(url, network.tokens.clinician, consultationBody(network), REQUEST_TIMEOUT_MS + 5000);
    load.start(4);
    await timeUntil(async () => load.acknowledged.length >= 20, 30_000, '20 acknowledged writes before the outage');

    const outageBegan = Date.now();
    await proxy.refuse();
    await sleep(OUTAGE_MS / 2);
    readyDuringOutage = (await fetch(`${url}/health/ready`)).status;
    liveDuringOutage = (await fetch(`${url}/health/live`)).status;
    await sleep(OUTAGE_MS / 2);
    outageAnswers = load.between(outageBegan + 200, Date.now());
    await proxy.accept();
    const acknowledgedBefore = load.acknowledged.length;
    [firstWriteAfterOutageMs, readyAfterOutageMs] = await Promise.all([
      timeUntil(async () => load.acknowledged.length > acknowledgedBefore, 30_000, 'a write after the outage'),
      timeUntil(async () => (await fetch(`${url}/health/ready`)).status === 200, 30_000, 'readiness after the outage'),
    ]);
    await sleep(500);
    await load.stop();
    await waitUntilCaughtUp(url, 30_000);
    console.log(
      `EventStoreDB unreachable for ${OUTAGE_MS} ms: answers ${JSON.stringify(load.statusCounts(outageAnswers))}, slowest ${Math.max(...outageAnswers.map((answer) => answer.ms))} ms\n` +
        `recovered by itself: first acknowledged write ${firstWriteAfterOutageMs} ms and ready ${readyAfterOutageMs} ms after the server was reachable again`,
    );
  }, 120_000);

  afterAll(async () => {
    await load?.stop();
    await killLeftoverBackbones();
    await proxy?.refuse();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('while the server cannot be reached the process stays up and writes answer 503 dependency-unavailable within the request timeout', () => {
    expect(outageAnswers.length).toBeGreaterThan(0);
    for (const answer of outageAnswers) {
      expect(answer).toMatchObject({ status: 503, code: 'dependency-unavailable', retryAfter: '5' });
      expect(answer.ms).toBeLessThan(REQUEST_TIMEOUT_MS);
    }
    expect(liveDuringOutage).toBe(200);
    expect(readyDuringOutage).toBe(503);
  });

  it('recovers by itself once the server is back, and nothing acknowledged is lost', async () => {
    expect(backbone.isRunning).toBe(true);
    expect(firstWriteAfterOutageMs).toBeLessThan(10_000);
    expect(readyAfterOutageMs).toBeLessThan(10_000);
    expect(unhandledErrorsIn(backbone.log)).toEqual([]);
    const store = await EventStoreDbEventStore.connect({ connectionString: server.connectionString });
    try {
      const requested = (await readWholeLog(store)).filter((event) => event.type === 'ConsultationRequested').map((event) => (event.data as { consultationId: string }).consultationId);
      expect(new Set(requested).size).toBe(requested.length);
      const inLog = new Set(requested);
      expect(load.acknowledged.filter((ack) => !inLog.has(ack.id))).toEqual([]);
    } finally {
      await store.close();
    }
    const verify = await fetch(`${url}/v1/audit/verify`, { method: 'POST', headers: { authorization: `Bearer ${auditor}`, 'content-type': 'application/json' }, body: '{}' });
    expect(await verify.json()).toMatchObject({ ok: true });
  });
});
