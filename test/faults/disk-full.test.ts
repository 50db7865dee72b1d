import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { mintToken } from '@telemed/auth';
import { BackboneProcess, ensureBuilt, killLeftoverBackbones, waitUntilCaughtUp } from '../recovery/backbone-process';
import { readWholeLog } from '../stats/log-recount';
import { SqliteEventStore } from '@telemed/event-store/sqlite/sqlite-event-store';
import { ConsultationLoad, timeUntil, type Answer } from './command-load';
import { consultationBody, FAULT_SUITE_ENV, seedNetworkOver, unhandledErrorsIn } from './backbone-fixture';

const JWT_SECRET = 'fault-suite-secret-of-at-least-forty-characters';
const FILE_SYSTEM_SIZE = '40m';

/** A small file system of its own, so that the disk really fills; the suites run as root (in CI too). */
function mountSmallFileSystem(dir: string): void {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${FILE_SYSTEM_SIZE}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(`the disk-full suite mounts a ${FILE_SYSTEM_SIZE} tmpfs and must run as root: ${String(error)}`);
  }
}

/** Takes every free byte of the file system, in a file that can be removed to free it again. */
function fillFileSystem(file: string): void {
  const fd = openSync(file, 'w');
  try {
    // Big pieces first, then ever smaller ones, until not even 512 bytes fit.
    for (const size of [1024 * 1024, 64 * 1024, 4096, 512]) {
      const piece = Buffer.alloc(size);
      try {
        for (;;) writeSync(fd, piece);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
}

async function readiness(url: string) {
  const response = await fetch(`${url}/health/ready`);
  return { status: response.status, body: (await response.json()) as { checks: Record<string, { ready: boolean; writable?: boolean; detail?: string }> } };
}

describe('the embedded backbone when its disk is full', () => {
  const mountPoint = mkdtempSync(join(tmpdir(), 'telemed-disk-full-'));
  const dataDir = join(mountPoint, 'data');
  const filler = join(mountPoint, 'filler');
  let backbone: BackboneProcess;
  let url: string;
  let load: ConsultationLoad;
  let fullAnswers: Answer[] = [];
  let readyWhileFull: Awaited<ReturnType<typeof readiness>>;
  let readsWhileFull: number[] = [];
  let firstWriteAfterFreeingMs = 0;
  let readyAfterFreeingMs = 0;
  let auditor: string;
  let mounted = false;

  beforeAll(async () => {
    ensureBuilt();
    mountSmallFileSystem(mountPoint);
    mounted = true;
    mkdirSync(dataDir);
    backbone = new BackboneProcess(dataDir, JWT_SECRET, FAULT_SUITE_ENV);
    url = await backbone.url;
    const network = await seedNetworkOver(url, JWT_SECRET);
    auditor = await mintToken(JWT_SECRET, { sub: 'auditor-faults', role: 'auditor' });
    load = new ConsultationLoad(url, network.tokens.clinician, consultationBody(network));
    load.start(4);
    await timeUntil(async () => load.acknowledged.length >= 50, 30_000, '50 acknowledged writes before the disk fills');

    fillFileSystem(filler);
    const full = Date.now();
    await timeUntil(async () => load.answers.filter((answer) => answer.at > full && answer.status === 507).length >= 20, 30_000, 'writes refused for want of space');
    readyWhileFull = await readiness(url);
    const someAcknowledged = load.acknowledged[0].id;
    readsWhileFull = await Promise.all(
      [`/v1/consultations/${someAcknowledged}`, '/v1/stats/overview', `/v1/partnerships/${network.partnershipId}`].map(
        async (path) => (await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${network.tokens.coordinator}` } })).status,
      ),
    );
    await sleep(500);
    // From the first refusal on: a write already under way when the disk filled may still have landed.
    const firstRefusal = load.answers.find((answer) => answer.at > full && answer.status === 507)!.at;
    fullAnswers = load.between(firstRefusal, Date.now());

    // The operator frees space; nobody restarts anything.
    rmSync(filler, { force: true });
    const acknowledgedBefore = load.acknowledged.length;
    [firstWriteAfterFreeingMs, readyAfterFreeingMs] = await Promise.all([
      timeUntil(async () => load.acknowledged.length > acknowledgedBefore, 30_000, 'a write once space was freed'),
      timeUntil(async () => (await readiness(url)).status === 200, 30_000, 'readiness once space was freed'),
    ]);
    await sleep(1000);
    await load.stop();
    await waitUntilCaughtUp(url, 30_000);
    console.log(
      `disk full (${FILE_SYSTEM_SIZE} tmpfs): answers while full ${JSON.stringify(load.statusCounts(fullAnswers))}; reads ${readsWhileFull.join(', ')}\n` +
        `recovered by itself: first acknowledged write ${firstWriteAfterFreeingMs} ms and ready ${readyAfterFreeingMs} ms after space was freed\n` +
        `${load.acknowledged.length} commands acknowledged in all`,
    );
  }, 120_000);

  afterAll(async () => {
    await load?.stop();
    await killLeftoverBackbones();
    if (mounted) execFileSync('umount', ['-l', mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('writes are refused with 507 storage-full and Retry-After, never 500', () => {
    expect(fullAnswers.length).toBeGreaterThan(0);
    for (const answer of fullAnswers) expect(answer).toMatchObject({ status: 507, code: 'storage-full', retryAfter: '60' });
    expect(unhandledErrorsIn(backbone.log)).toEqual([]);
  });

  it('readiness reports the event store not writable, while reads go on being answered', () => {
    expect(readyWhileFull.status).toBe(503);
    expect(readyWhileFull.body.checks.eventStore).toMatchObject({ ready: false, writable: false });
    expect(readsWhileFull).toEqual([200, 200, 200]);
  });

  it('writes resume without a restart once space is back', () => {
    expect(backbone.isRunning).toBe(true);
    expect(firstWriteAfterFreeingMs).toBeLessThan(10_000);
    expect(readyAfterFreeingMs).toBeLessThan(10_000);
  });

  it('the files stay consistent: nothing acknowledged is lost, the read models equal the log, the history verifies', async () => {
    const verify = await fetch(`${url}/v1/audit/verify`, { method: 'POST', headers: { authorization: `Bearer ${auditor}`, 'content-type': 'application/json' }, body: '{}' });
    expect(verify.status).toBe(200);
    expect(await verify.json()).toMatchObject({ ok: true });
    await backbone.stop();

    for (const file of ['events.sqlite', 'read-models.sqlite', 'api-state.sqlite']) {
      const db = new Database(join(dataDir, file), { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        db.close();
      }
    }
    const store = SqliteEventStore.open(join(dataDir, 'events.sqlite'));
    try {
      const requested = (await readWholeLog(store)).filter((event) => event.type === 'ConsultationRequested').map((event) => (event.data as { consultationId: string }).consultationId);
      expect(new Set(requested).size).toBe(requested.length);
      const inLog = new Set(requested);
      expect(load.acknowledged.filter((ack) => !inLog.has(ack.id))).toEqual([]);
      const readModels = new Database(join(dataDir, 'read-models.sqlite'), { readonly: true });
      try {
        expect(readModels.prepare('SELECT COUNT(*) AS count FROM consultations').get()).toEqual({ count: requested.length });
      } finally {
        readModels.close();
      }
    } finally {
      await store.close();
    }
  });
});
