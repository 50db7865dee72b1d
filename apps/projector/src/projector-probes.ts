import type { Admin } from 'kafkajs';
import { Gauge } from 'prom-client';
import type { KafkaProjector, ProjectorLag } from '@telemed/messaging';
import type { ReadModelStore } from '@telemed/projections/read-model-store';
import { METRIC_PREFIX, type ProbeServer } from '@telemed/observability';

/**
 * Once the projector has joined its group: ready while the read models answer, Kafka's cluster can
 * be described and its consumer runs; metrics of the group's lag, read from Kafka at scrape time.
 */
export function projectorStarted(probes: ProbeServer, parts: { readModels: ReadModelStore; projector: KafkaProjector; admin: Admin }): void {
  const { readModels, projector, admin } = parts;
  let inFlight: Promise<ProjectorLag> | undefined;
  const lag = () => (inFlight ??= projector.lag(admin).finally(() => setImmediate(() => (inFlight = undefined))));
  new Gauge({
    name: `${METRIC_PREFIX}projector_events_behind`,
    help: 'Projector: messages on the event topics its consumer group has not committed past',
    registers: [probes.registry],
    async collect() {
      this.set(Number((await lag()).eventsBehind));
    },
  });
  new Gauge({
    name: `${METRIC_PREFIX}projector_seconds_behind`,
    help: 'Projector: how far behind in seconds while anything is behind; 0 when caught up',
    registers: [probes.registry],
    async collect() {
      this.set((await lag()).secondsBehind);
    },
  });
  probes.started([
    { name: 'readModels', check: async () => ({ ready: (await readModels.get('SELECT 1 AS ok')) !== undefined }) },
    { name: 'kafka', check: async () => ({ ready: true, brokers: (await admin.describeCluster()).brokers.length }) },
    // A consumer stopped by a crash consumes nothing until the projector has started it again.
    { name: 'consumer', check: async () => ({ ready: projector.consuming, restarts: projector.stats.restarts }) },
  ]);
}
