import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { ProjectionRunner, READ_MODELS_CHECKPOINT, readCheckpoint, type ReadModelStore } from '@telemed/projections';
import type { ReadModelStartup } from '../infrastructure/read-model-startup';
import { type ReadinessCheck, type ReadinessReport, runReadinessChecks } from '@telemed/observability';
import type { AppConfig } from '@telemed/runtime';
import { APP_CONFIG, EVENT_STORE, READ_MODEL_STARTUP, READ_MODELS } from '../infrastructure/tokens';
import { StorageHealth } from '../infrastructure/storage-health';

const KAFKA_CHECK = 'kafka';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The list of what `GET /health/ready` asks. The log and the read models are always on it; an adapter
 * that needs a server adds its own check at start-up, for example the Kafka bus:
 *
 *   constructor(readiness: ReadinessChecks) { readiness.register({ name: 'kafka', check: () => ... }) }
 *
 * With `EVENT_BUS=kafka` and no `kafka` check registered, the process reports itself not ready.
 */
@Injectable()
export class ReadinessChecks {
  private readonly checks = new Map<string, ReadinessCheck>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) store: EventStore,
    runner: ProjectionRunner,
    @Inject(READ_MODEL_STARTUP) startup: ReadModelStartup,
    @Inject(READ_MODELS) readModels: ReadModelStore,
    @Optional() storage?: StorageHealth,
  ) {
    this.register({
      name: 'eventStore',
      // Reads may go on while writes cannot: the store answers, but the disk under it is full.
      check: async () => {
        const head = (await store.headPosition()).toString();
        const { writable, detail } = (await storage?.writability()) ?? { writable: true };
        return writable ? { ready: true, head, writable } : { ready: false, head, writable, detail };
      },
    });
    this.register({
      name: 'readModels',
      check: async () => {
        const head = await store.headPosition();
        const schema = startup.schemaReport;
        // While an upgrade is rebuilt, the older read models serve from where their checkpoint stopped.
        const position = schema.upgrading || schema.upgradeFailed ? await readCheckpoint(readModels, READ_MODELS_CHECKPOINT) : runner.position;
        const behind = head > position ? head - position : 0n;
        const facts = { position: position.toString(), behind: behind.toString(), schemaVersions: schema };
        if (schema.upgradeFailed) return { ready: false, ...facts, detail: `upgrade failed: ${schema.upgradeFailed}` };
        if (runner.failure !== undefined) return { ready: false, ...facts, detail: `failing: ${messageOf(runner.failure)}` };
        const limit = BigInt(config.observability.readinessMaxLagEvents);
        if (behind >= limit) return { ready: false, ...facts, detail: `${behind} events behind (limit ${limit})` };
        return { ready: true, ...facts };
      },
    });
  }

  /** Adds a check, or replaces the one of the same name. */
  register(check: ReadinessCheck): void {
    this.checks.set(check.name, check);
  }

  list(): ReadinessCheck[] {
    const checks = [...this.checks.values()];
    if ((this.config.eventBus as string) === 'kafka' && !this.checks.has(KAFKA_CHECK)) {
      checks.push({ name: KAFKA_CHECK, check: async () => ({ ready: false, detail: 'EVENT_BUS=kafka but no Kafka readiness check is registered' }) });
    }
    return checks;
  }

  run(): Promise<ReadinessReport> {
    return runReadinessChecks(this.list());
  }
}
