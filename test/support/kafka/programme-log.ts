import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Commands } from '@telemed/application/commands/commands';
import { SqliteEventStore } from '@telemed/event-store/sqlite/sqlite-event-store';
import { SealScheduler } from '@telemed/application/audit/seal-scheduler';
import { loadConfig } from '@telemed/runtime';
import { createApp } from '../../../apps/api/src/create-app';
import { EVENTS_FILE } from '@telemed/runtime';
import { generateProgramme, type ScenarioSummary } from '../../../apps/cli/src/scenario/programme-scenario';
import { ScenarioClock, ScenarioIds } from '../../../apps/cli/src/scenario/scenario-context';

export interface ProgrammeLog {
  /** The application's event log, reopened read-only in spirit once the application has stopped. */
  events: SqliteEventStore;
  eventsFile: string;
  head: bigint;
  summary: ScenarioSummary;
  close(): Promise<void>;
}

/**
 * A seeded aid programme written by the real application through its command bus: hash-chained,
 * and sealed once at the end, so the log holds every kind of event the relay publishes.
 */
export async function generateProgrammeLog(options: { seed: number; scale: number; months: number }): Promise<ProgrammeLog> {
  const dataDir = mkdtempSync(join(tmpdir(), 'telemed-kafka-programme-'));
  const clock = new ScenarioClock();
  const config = loadConfig({
    DATA_DIR: dataDir,
    AUTH_JWT_SECRET: 'kafka-programme-secret-of-forty-characters',
    AUDIT_SEAL_EVERY_EVENTS: '1000000',
    AUDIT_SEAL_INTERVAL_MS: '3600000',
  });
  const app = await createApp(config, { clock, ids: new ScenarioIds(options.seed), logger: false });
  let summary: ScenarioSummary;
  try {
    summary = await generateProgramme(app.get(Commands), clock, {
      seed: options.seed,
      scale: options.scale,
      start: '2024-01-01T00:00:00Z',
      months: options.months,
    });
    // One seal at the end, so the log holds a LogSealed event to publish too.
    await app.get(SealScheduler).sealNow();
  } finally {
    // Stopped, the application appends nothing more, so every reader sees the same log.
    await app.close();
  }
  const eventsFile = join(dataDir, EVENTS_FILE);
  const events = SqliteEventStore.open(eventsFile);
  return {
    events,
    eventsFile,
    head: await events.headPosition(),
    summary,
    close: async () => {
      await events.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
