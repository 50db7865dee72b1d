import { NestFactory } from '@nestjs/core';
import { QueryBus } from '@nestjs/cqrs';
import { Commands } from '@telemed/application/commands/commands';
import { GetProgrammeReport, type ProgrammeReport } from '@telemed/application/reports/programme-report.query';
import { PUBLISHED_FIGURES, type ProgrammePreset } from './programme-presets';
import { countActivities } from '@telemed/application/stats/stats.queries';
import { ApplicationModule } from '@telemed/application/application.module';
import { loadConfig } from '@telemed/runtime';
import { EVENT_STORE, READ_MODELS } from '@telemed/application/infrastructure/tokens';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { ProjectionRunner, type ReadModelStore } from '@telemed/projections';
import { SealScheduler } from '@telemed/application/audit/seal-scheduler';
import { generateProgramme } from './programme-scenario';
import { ScenarioClock, ScenarioIds } from './scenario-context';

export interface ScenarioOptions {
  seed: number;
  scale: number;
  start: string;
  months: number;
  preset?: ProgrammePreset;
}

/**
 * Runs the whole application in this process, as the API would, and sends the programme's commands
 * through it; then seals the log, waits for the read models and prints the programme's counts.
 */
export async function generateScenario({ seed, scale, start, months, preset }: ScenarioOptions): Promise<number> {
  const clock = new ScenarioClock();
  // The generator plays the deadline watcher at each consultation's own simulated time; a watcher
  // polling the jumping scenario clock would record deadlines at times that never happened.
  // Nor does it deliver webhooks: the api that serves the data directory does.
  const loaded = loadConfig();
  const config = { ...loaded, deadlineCheckIntervalMs: 0, webhooks: { ...loaded.webhooks, delivery: 'app' as const } };
  const app = await NestFactory.createApplicationContext(ApplicationModule.forConfig(config, clock, new ScenarioIds(seed)), { logger: ['error', 'warn'] });
  try {
    const store = app.get<EventStore>(EVENT_STORE);
    const headBefore = await store.headPosition();
    const startedAt = performance.now();
    const summary = await generateProgramme(app.get(Commands), clock, { seed, scale, start: `${start}T00:00:00Z`, months, preset });
    const seconds = (performance.now() - startedAt) / 1000;
    const events = Number((await store.headPosition()) - headBefore);
    await app.get(SealScheduler).sealNow();
    const head = await store.headPosition();
    const runner = app.get(ProjectionRunner);
    await runner.waitFor(head, 120_000);
    const counts = await countActivities(app.get<ReadModelStore>(READ_MODELS), {}, {});
    console.log(JSON.stringify({ ...summary, events, seconds: Number(seconds.toFixed(2)), eventsPerSecond: Math.round(events / seconds), counts }, null, 2));
    if (preset) {
      const auditor = { role: 'auditor' as const, userId: 'scenario-report' };
      const report: ProgrammeReport = await app.get(QueryBus).execute(new GetProgrammeReport({ programme: 'group-aid' }, auditor));
      console.log(reportBesidePublished(report, PUBLISHED_FIGURES[preset]));
    }
    return 0;
  } finally {
    await app.close();
  }
}

/** The generated programme's report as a Markdown table, each figure beside the one the programme published. */
function reportBesidePublished(report: ProgrammeReport, published: Record<string, string>): string {
  const lines = [
    `| figure | ${report.years.join(' | ')} | total | published |`,
    `|---|${report.years.map(() => '---:').join('|')}|---:|---:|`,
    ...report.figures.map(
      (figure) => `| ${figure.label.en} (${figure.label.zh}) | ${report.years.map((year) => figure.byYear[year]).join(' | ')} | ${figure.total} | ${published[figure.key] ?? ''} |`,
    ),
  ];
  return lines.join('\n');
}
