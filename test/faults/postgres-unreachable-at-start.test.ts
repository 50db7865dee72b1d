import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { mintToken } from '@telemed/auth';
import { BackboneProcess, ensureBuilt, killLeftoverBackbones } from '../recovery/backbone-process';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { timeUntil } from './command-load';
import { consultationBody, FAULT_SUITE_ENV, seedNetworkOver, unhandledErrorsIn } from './backbone-fixture';
import { TcpProxy } from './tcp-proxy';

const JWT_SECRET = 'fault-suite-secret-of-at-least-forty-characters';
const UNREACHABLE_MS = 3000;

async function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

async function answer(url: string, path: string): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(`${url}${path}`);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text.startsWith('{') ? JSON.parse(text) : text };
}

/** Answers once the port accepts connections and answers `path` at all. */
async function firstAnswer(url: string, path: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await answer(url, path);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(50);
    }
  }
}

/**
 * The API started while PostgreSQL refuses connections (it comes up later, as after a reboot of
 * both): the process waits with a back-off, saying what it waits for, live but not ready, and
 * comes up by itself once the database answers; or gives up, non-zero, after STARTUP_WAIT_SECONDS.
 */
describe('the API started before PostgreSQL accepts connections', () => {
  const dataDirs: string[] = [];
  let database: TestDatabase;
  const proxy = new TcpProxy('127.0.0.1', 5432);

  const start = async (extraEnv: NodeJS.ProcessEnv) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'telemed-pg-start-'));
    dataDirs.push(dataDir);
    const port = await freePort();
    const backbone = new BackboneProcess(dataDir, JWT_SECRET, {
      ...FAULT_SUITE_ENV,
      PORT: String(port),
      EVENT_STORE: 'postgres',
      READ_MODEL_STORE: 'postgres',
      DATABASE_URL: proxy.through(database.connectionString),
      PATIENT_DATA_MASTER_KEY: randomBytes(32).toString('base64'),
      ...extraEnv,
    });
    return { backbone, url: `http://127.0.0.1:${port}` };
  };

  beforeAll(async () => {
    ensureBuilt();
    database = await createTestDatabase();
    // A port on which nothing listens yet: connections to it are refused until the proxy accepts.
    proxy.port = await freePort();
  });

  afterAll(async () => {
    await killLeftoverBackbones();
    await proxy.refuse();
    await database?.drop();
    for (const dataDir of dataDirs) rmSync(dataDir, { recursive: true, force: true });
  });

  it('waits, live and not ready, and comes up by itself when the database arrives', async () => {
    const { backbone, url } = await start({ STARTUP_WAIT_SECONDS: '60' });
    const live = await firstAnswer(url, '/health/live', 20_000);
    expect(live.status).toBe(200);
    await timeUntil(async () => /waiting for postgres/.test(backbone.log), 10_000, 'a log line saying what it waits for');

    const ready = await answer(url, '/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'not-ready', checks: { postgres: { ready: false, error: expect.stringContaining('ECONNREFUSED') } } });
    const refused = await answer(url, '/v1/hospitals');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(refused.body).toMatchObject({ status: 503, code: 'dependency-unavailable' });

    await sleep(UNREACHABLE_MS);
    expect(backbone.isRunning).toBe(true);
    const attempts = backbone.log.split('\n').filter((line) => line.includes('waiting for postgres') && line.includes('retryInMs'));
    expect(attempts.length).toBeGreaterThanOrEqual(3);
    const waits = attempts.map((line) => JSON.parse(line.slice(line.indexOf('{'))).retryInMs as number);
    expect(waits[1]).toBeGreaterThan(waits[0]); // a growing back-off, not a busy loop

    await proxy.accept();
    const readyAfterMs = await timeUntil(async () => (await answer(url, '/health/ready').catch(() => ({ status: 0 }))).status === 200, 30_000, 'ready once the database accepts connections');
    process.stdout.write(`PostgreSQL unreachable at start for ${UNREACHABLE_MS} ms and more: ${attempts.length} attempts logged; ready ${readyAfterMs} ms after the database accepted connections\n`);

    // Up for real: commands are acknowledged and recorded.
    const network = await seedNetworkOver(url, JWT_SECRET);
    const created = await fetch(`${url}/v1/consultations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${network.tokens.clinician}`, 'content-type': 'application/json' },
      body: JSON.stringify(consultationBody(network)()),
    });
    expect(created.status).toBe(201);
    const auditor = await mintToken(JWT_SECRET, { sub: 'auditor-start', role: 'auditor' });
    const verified = await fetch(`${url}/v1/audit/verify`, { method: 'POST', headers: { authorization: `Bearer ${auditor}` } });
    expect(await verified.json()).toMatchObject({ ok: true });
    expect(unhandledErrorsIn(backbone.log)).toEqual([]);
  }, 90_000);

  it('gives up on purpose, exit status 1 and the reason, once STARTUP_WAIT_SECONDS has passed', async () => {
    await killLeftoverBackbones();
    await proxy.refuse();
    const { backbone } = await start({ STARTUP_WAIT_SECONDS: '2' });
    // Timed from its first word of waiting: how long the process takes to boot up to there depends
    // on how busy the machine is, not on the give-up.
    let waitingSince: number | undefined;
    const watch = setInterval(() => {
      if (waitingSince === undefined && backbone.log.includes('waiting for postgres')) waitingSince = Date.now();
    }, 20);
    const exit = await backbone.exited;
    clearInterval(watch);
    const tookMs = Date.now() - (waitingSince ?? 0);
    expect(exit).toEqual({ code: 1, signal: null });
    expect(backbone.log).toContain('waiting for postgres');
    expect(backbone.log).toMatch(/giving up: postgres at postgres:\/\/127\.0\.0\.1:\d+\/\w+ did not answer within 2 s \(STARTUP_WAIT_SECONDS\)/);
    expect(tookMs).toBeLessThan(10_000);
    expect(unhandledErrorsIn(backbone.log)).toEqual([]);
  }, 30_000);
});
