import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { InvalidArgumentError } from 'commander';
import { countActivities } from '../../api/src/stats/stats.queries';
import { AppModule } from '../../api/src/app.module';
import { loadConfig } from '../../api/src/config/app-config';
import { EVENT_STORE, READ_MODELS } from '../../api/src/infrastructure/tokens';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { ProjectionRunner, type ReadModelStore } from '@telemed/projections';
import { generateProgramme } from './scenario/programme-scenario';
import { ScenarioClock, ScenarioIds } from './scenario/scenario-context';
import { SealScheduler } from '../../api/src/audit/seal-scheduler';
import { cliCommand, integerIn, runs } from './cli-command';

interface ScenarioOptions {
  seed: number;
  scale: number;
  start: string;
  months: number;
}

function scale(value: string): number {
  const parsed = Number(value);
  if (!(parsed > 0 && parsed <= 100)) throw new InvalidArgumentError('must be a number above 0 and at most 100');
  return parsed;
}

function calendarDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('must be a date (YYYY-MM-DD)');
  return value;
}

/** `cli scenario`: a generated aid programme, written through the application layer. */
export function scenarioCli() {
  const command = cliCommand(
    'scenario',
    'a generated multi-year aid programme, written into DATA_DIR',
    'Generates a multi-year aid programme into DATA_DIR through the application layer (deterministic per seed): hospitals in ' +
      "Shanghai, Kashgar and Shigatse, partnerships, department pairings, experts, consultations, case discussions and training sessions. Prints what it created and the programme's counts.",
  )
    .option('--seed <n>', 'the seed: the same seed writes the same history, ids included', integerIn(-(2 ** 31), 2 ** 31), 1)
    .option('--scale <x>', 'the size of the programme (1 is about the size of the public reports)', scale, 1)
    .option('--start <YYYY-MM-DD>', 'the first day of the programme', calendarDate, '2023-01-01')
    .option('--months <n>', 'how many months it runs', integerIn(1, 120), 36);
  return runs<ScenarioOptions>(command, (options) => generateScenario(options));
}

async function generateScenario({ seed, scale, start, months }: ScenarioOptions): Promise<number> {
  const clock = new ScenarioClock();
  const app = await NestFactory.createApplicationContext(AppModule.forConfig(loadConfig(), clock, new ScenarioIds(seed)), { logger: ['error', 'warn'] });
  try {
    const store = app.get<EventStore>(EVENT_STORE);
    const headBefore = await store.headPosition();
    const startedAt = performance.now();
    const summary = await generateProgramme(app.get(CommandBus), clock, { seed, scale, start: `${start}T00:00:00Z`, months });
    const seconds = (performance.now() - startedAt) / 1000;
    const events = Number((await store.headPosition()) - headBefore);
    await app.get(SealScheduler).sealNow();
    const head = await store.headPosition();
    const runner = app.get(ProjectionRunner);
    await runner.waitFor(head, 120_000);
    const counts = await countActivities(app.get<ReadModelStore>(READ_MODELS), {}, {});
    console.log(JSON.stringify({ ...summary, events, seconds: Number(seconds.toFixed(2)), eventsPerSecond: Math.round(events / seconds), counts }, null, 2));
    return 0;
  } finally {
    await app.close();
  }
}
