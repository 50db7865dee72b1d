import type { Admin } from 'kafkajs';
import type { EventStore } from '@telemed/event-store/event-store.port';
import type { KafkaRelay } from '@telemed/messaging';
import { type ProbeServer, registerProjectionLagMetrics } from '@telemed/observability';

/**
 * Once the relay runs: ready while the log answers and Kafka's cluster can be described; metrics of how
 * far the relay is behind the log (`telemed_relay_events_behind{relay="kafka"}` and friends).
 */
export function relayStarted(probes: ProbeServer, parts: { store: EventStore; relay: KafkaRelay; admin: Admin }): void {
  const { store, relay, admin } = parts;
  registerProjectionLagMetrics(probes.registry, store, [{ name: 'kafka', position: () => relay.position }], 'relay');
  probes.started([
    { name: 'eventStore', check: async () => ({ ready: true, head: (await store.headPosition()).toString() }) },
    { name: 'kafka', check: async () => ({ ready: true, brokers: (await admin.describeCluster()).brokers.length }) },
  ]);
}
