import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { countActivities } from '../../../api/src/stats/stats.queries';
import { AppModule } from '../../../api/src/app.module';
import { loadConfig } from '@telemed/runtime';
import { EVENT_STORE, READ_MODELS } from '../../../api/src/infrastructure/tokens';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { ProjectionRunner, type ReadModelStore } from '@telemed/projections';
import { SealScheduler } from '../../../api/src/audit/seal-scheduler';
import { generateProgramme } from './programme-scenario';
import { ScenarioClock, ScenarioIds } from './scenario-context';

export interface ScenarioOptions {
  seed: number;
  scale: number;
  start: string;
  months: number;
}

/**
 * Runs the whole application in this process, as the API would, and sends the programme's commands
 * through it; then seals the log, waits for the read models and prints the programme's counts.
 */
export async function generateScenario({ seed, scale, start, months }: ScenarioOptions): Promise<number> {
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
