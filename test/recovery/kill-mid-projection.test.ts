import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { mintToken } from '@telemed/auth';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { ALL_PROJECTIONS, compareReadModels, readCheckpoint, rebuildReadModels, SqliteReadModelStore } from '@telemed/projections';
import { openDecryptedLog } from '../../apps/cli/src/decrypted-log';
import { READ_MODELS_FILE } from '@telemed/runtime';
import { generateConsultationHistory, type GeneratedHistory } from './consultation-history';
import { BackboneProcess, CheckpointProbe, ensureBuilt, type Exit, type Health, killLeftoverBackbones, waitUntilCaughtUp } from './backbone-process';

const JWT_SECRET = 'recovery-suite-secret-of-at-least-forty-chars';
/** About 5.6 events each: over 20,000 events, some forty batches of the runner's 500. */
const CONSULTATIONS = 3700;

/** One SIGKILL of a backbone that was catching up, and what it left on disk. */
interface Kill {
  /** The process was killed at the first committed checkpoint past this position. */
  killPast: bigint;
  /** The position the killed process said it resumed from when it started. */
  resumedFrom: bigint;
  /** The checkpoint the probe saw just before sending SIGKILL. */
  seenBeforeKill: bigint;
  killedBy: Exit;
  /** A copy of the read-model files as the killed process left them. */
  leftBehind: SqliteReadModelStore;
  /** The checkpoint in those files. */
  committedAtKill: bigint;
}

/** The start that was allowed to finish. */
interface FinalRun {
  resumedFrom: bigint;
  health: Health;
  completedShownToCoordinator: number;
  stoppedBy: Exit;
}

/** Kills the backbone with SIGKILL the moment its committed checkpoint is past `killPast` but short of the head. */
async function killWhileCatchingUp(backbone: BackboneProcess, probe: CheckpointProbe, killPast: bigint, head: bigint, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && backbone.isRunning) {
    const checkpoint = probe.read();
    if (checkpoint !== undefined && checkpoint > killPast && checkpoint < head) {
      backbone.kill('SIGKILL');
      return checkpoint;
    }
    if (checkpoint === head) throw new Error(`the backbone caught up to ${head} before it could be killed past ${killPast}`);
    await yieldToEventLoop();
  }
  throw new Error(`no checkpoint between ${killPast} and ${head} appeared; backbone output:\n${backbone.log}`);
}

/** Copies a read-model file and its write-ahead log, as a crash left them, and opens the copy. */
function copyReadModels(file: string, copy: string): SqliteReadModelStore {
  copyFileSync(file, copy);
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
  return SqliteReadModelStore.open(copy);
}

async function countEvents(store: EventStore, type: string): Promise<number> {
  let after = 0n;
  let count = 0;
  const head = await store.headPosition();
  while (after < head) {
    const slice = await store.readAll({ after, maxCount: 5000, filter: { eventTypes: [type] } });
    count += slice.events.length;
    after = slice.scannedUpTo;
  }
  return count;
}

describe('recovery of the read models from a killed process', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'telemed-recovery-'));
  const dataDir = join(workDir, 'data');
  const readModelsFile = join(dataDir, READ_MODELS_FILE);
  let history: GeneratedHistory;
  const kills: Kill[] = [];
  let finalRun: FinalRun;
  // The log as the backbone reads it: patient data decrypted, as the live read models hold it.
  let eventStore: EventStore;
  let closeLog: (() => Promise<void>) | undefined;
  let live: SqliteReadModelStore;
  const rebuilt: SqliteReadModelStore[] = [];

  /** A rebuild of the log, up to `until` or the head, into a fresh read-model file. */
  async function rebuild(name: string, until?: bigint) {
    const fresh = SqliteReadModelStore.open(join(workDir, `${name}.sqlite`));
    rebuilt.push(fresh);
    const report = await rebuildReadModels(eventStore, fresh, ALL_PROJECTIONS, { until });
    return { fresh, report };
  }

  beforeAll(async () => {
    ensureBuilt();
    history = await generateConsultationHistory({ dataDir, jwtSecret: JWT_SECRET, consultations: CONSULTATIONS });
    // No read models at all: the first start must project the whole log from position 0.
    for (const suffix of ['', '-wal', '-shm']) rmSync(readModelsFile + suffix, { force: true });

    // Killed twice: as soon as the first batch has committed, then again past the middle of the log.
    for (const killPast of [0n, history.head / 2n]) {
      const backbone = new BackboneProcess(dataDir, JWT_SECRET);
      const probe = new CheckpointProbe(readModelsFile);
      let seenBeforeKill: bigint;
      try {
        seenBeforeKill = await killWhileCatchingUp(backbone, probe, killPast, history.head, 30_000);
      } finally {
        probe.close();
      }
      const killedBy = await backbone.exited;
      const leftBehind = copyReadModels(readModelsFile, join(workDir, `left-by-kill-${kills.length + 1}.sqlite`));
      kills.push({
        killPast,
        resumedFrom: backbone.resumedFrom ?? -1n,
        seenBeforeKill,
        killedBy,
        leftBehind,
        committedAtKill: await readCheckpoint(leftBehind, 'read-models'),
      });
    }

    const backbone = new BackboneProcess(dataDir, JWT_SECRET);
    const url = await backbone.url;
    const health = await waitUntilCaughtUp(url, 30_000);
    const token = await mintToken(JWT_SECRET, { sub: 'coordinator-recovery', role: 'coordinator' });
    const overview = await fetch(`${url}/v1/stats/overview`, { headers: { authorization: `Bearer ${token}` } });
    if (!overview.ok) throw new Error(`GET /v1/stats/overview answered ${overview.status}: ${await overview.text()}`);
    const completedShownToCoordinator = ((await overview.json()) as { consultations: { completed: number } }).consultations.completed;
    const stoppedBy = await backbone.stop();
    finalRun = { resumedFrom: backbone.resumedFrom ?? -1n, health, completedShownToCoordinator, stoppedBy };

    ({ store: eventStore, close: closeLog } = await openDecryptedLog(dataDir, { ...process.env, AUTH_JWT_SECRET: JWT_SECRET }));
    live = SqliteReadModelStore.open(readModelsFile);
  }, 200_000);

  afterAll(async () => {
    await killLeftoverBackbones();
    await Promise.all([live?.close(), closeLog?.(), ...kills.map((kill) => kill.leftBehind.close()), ...rebuilt.map((store) => store.close())]);
    rmSync(workDir, { recursive: true, force: true });
  });

  it('a backbone killed mid-projection resumes from its checkpoint and ends equal to a rebuild from the log', async () => {
    expect(history.head).toBeGreaterThanOrEqual(20_000n);
    expect(kills).toHaveLength(2);
    for (const kill of kills) {
      // Each kill really landed mid-projection: SIGKILL, with part of the log applied and part not.
      expect(kill.killedBy).toEqual({ code: null, signal: 'SIGKILL' });
      expect(kill.seenBeforeKill).toBeGreaterThan(kill.killPast);
      expect(kill.committedAtKill).toBeGreaterThanOrEqual(kill.seenBeforeKill);
      expect(kill.committedAtKill).toBeLessThan(history.head);
    }
    // Every start picked up exactly where the process before it had committed: not from 0, not past it.
    expect([...kills.map((kill) => kill.resumedFrom), finalRun.resumedFrom]).toEqual([0n, ...kills.map((kill) => kill.committedAtKill)]);
    expect(finalRun.health.readModels).toEqual({ position: history.head.toString(), behind: '0' });
    expect(await readCheckpoint(live, 'read-models')).toBe(history.head);

    const { fresh, report } = await rebuild('rebuild-to-head');
    expect(report.position).toBe(history.head);
    expect(await compareReadModels(live, fresh, ALL_PROJECTIONS)).toEqual([]);
  });

  it('what a killed backbone leaves behind is exactly the log up to its checkpoint, never part of a batch', async () => {
    for (const [index, kill] of kills.entries()) {
      const { fresh } = await rebuild(`rebuild-to-kill-${index + 1}`, kill.committedAtKill);
      expect(await compareReadModels(kill.leftBehind, fresh, ALL_PROJECTIONS)).toEqual([]);
    }
  });

  it('the comparison tells read models that stopped halfway through the log from complete ones', async () => {
    const { fresh } = await rebuild('rebuild-to-half', history.head / 2n);
    const differences = await compareReadModels(live, fresh, ALL_PROJECTIONS);
    expect(differences.map((difference) => difference.table)).toEqual(expect.arrayContaining(['consultations', 'activity_facts', 'expert_bookings']));
    // The complete read models hold rows the halfway ones lack, except the running deadlines: a
    // deadline met later is no longer running, so the halfway table may hold rows the complete one closed.
    expect(differences.filter((difference) => difference.table !== 'consultation_deadlines').every((difference) => difference.onlyInLeft > 0)).toBe(true);
  });

  it('after the restart a coordinator sees as many completed consultations as the log holds signed opinions', async () => {
    const signedOpinions = await countEvents(eventStore, 'ConsultationOpinionSigned');
    expect(signedOpinions).toBe(history.completed);
    expect(finalRun.completedShownToCoordinator).toBe(signedOpinions);
    const completedRows = await live.get<{ count: number }>(`SELECT COUNT(*) AS count FROM consultations WHERE status = 'completed'`);
    expect(completedRows?.count).toBe(signedOpinions);
  });

  it('the restarted backbone shuts down cleanly when asked to', () => {
    expect([{ code: 0, signal: null }, { code: null, signal: 'SIGTERM' }]).toContainEqual(finalRun.stoppedBy);
  });
});
