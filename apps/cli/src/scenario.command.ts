import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { parseArgs } from 'node:util';
import { countActivities } from '../../api/src/stats/stats.queries';
import { AppModule } from '../../api/src/app.module';
import { loadConfig } from '../../api/src/config/app-config';
import { EVENT_STORE, READ_MODELS } from '../../api/src/infrastructure/tokens';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { ProjectionRunner, type ReadModelStore } from '@telemed/projections';
import { generateProgramme } from './scenario/programme-scenario';
import { ScenarioClock, ScenarioIds } from './scenario/scenario-context';
import { SealScheduler } from '../../api/src/audit/seal-scheduler';

export const SCENARIO_USAGE = `usage: cli scenario [--seed <n>] [--scale <x>] [--start <YYYY-MM-DD>] [--months <n>]
  Generates a multi-year aid programme into DATA_DIR through the application layer (deterministic per seed):
  hospitals in Shanghai, Kashgar and Shigatse, partnerships, department pairings, experts, consultations,
  case discussions and training sessions. Prints what it created and the programme's counts.`;

export async function scenarioCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { seed: { type: 'string' }, scale: { type: 'string' }, start: { type: 'string' }, months: { type: 'string' } },
    strict: true,
  });
  const seed = Number(values.seed ?? 1);
  const scale = Number(values.scale ?? 1);
  const months = Number(values.months ?? 36);
  const start = values.start ?? '2023-01-01';
  const problems = [
    ...(Number.isInteger(seed) ? [] : ['--seed must be an integer']),
    ...(scale > 0 && scale <= 100 ? [] : ['--scale must be a number above 0 and at most 100']),
    ...(Number.isInteger(months) && months > 0 && months <= 120 ? [] : ['--months must be an integer from 1 to 120']),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(start) && !Number.isNaN(Date.parse(start)) ? [] : ['--start must be a date (YYYY-MM-DD)']),
  ];
  if (problems.length > 0) {
    console.error([...problems, SCENARIO_USAGE].join('\n'));
    return 2;
  }

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
