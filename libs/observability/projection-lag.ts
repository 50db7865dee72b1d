import { Gauge, type Registry } from 'prom-client';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { METRIC_PREFIX } from './metrics-registry';

/** What a projection runner (in-process or the Kafka projector) tells about its progress. */
export interface ProjectionProgress {
  /** Names the checkpoint, and the `projection` label. */
  readonly name: string;
  /** Log position up to which every event is applied. */
  position(): bigint;
  /** The last error, while the runner is failing; undefined when healthy. Absent: the runner cannot tell. */
  failure?(): unknown;
}

export interface ProjectionLag {
  name: string;
  position: bigint;
  /** Events in the log after the runner's position: head − position. */
  eventsBehind: bigint;
  /** Age of the oldest event not applied yet; 0 when caught up. */
  secondsBehind: number;
  failing: boolean;
}

export interface LagSample {
  head: bigint;
  projections: ProjectionLag[];
}

/**
 * Measures each runner against the head of the log. Seconds behind is the age of the oldest event a
 * runner has not applied: after a quiet night, one new event makes a runner one event and
 * milliseconds behind, not hours (as "now − the last applied event's time" would say).
 */
export async function sampleProjectionLag(
  store: Pick<EventStore, 'headPosition' | 'readAll'>,
  runners: readonly ProjectionProgress[],
  now: () => number = Date.now,
): Promise<LagSample> {
  const head = await store.headPosition();
  const projections = await Promise.all(
    runners.map(async (runner): Promise<ProjectionLag> => {
      const position = runner.position();
      const eventsBehind = head > position ? head - position : 0n;
      let secondsBehind = 0;
      if (eventsBehind > 0n) {
        const { events } = await store.readAll({ after: position, maxCount: 1 });
        const oldest = events[0] ? Date.parse(events[0].recordedAt) : Number.NaN;
        secondsBehind = Number.isNaN(oldest) ? 0 : Math.max(0, (now() - oldest) / 1000);
      }
      return { name: runner.name, position, eventsBehind, secondsBehind, failing: runner.failure?.() !== undefined };
    }),
  );
  return { head, projections };
}

/**
 * Gauges read at scrape time: the log's head, and per runner its position, events and seconds behind,
 * and whether it is failing. One scrape reads the store once for all gauges. `family` names the
 * metrics and their label: `telemed_projection_events_behind{projection="read-models"}`, or for the
 * Kafka relay (which follows the log the same way) `telemed_relay_events_behind{relay="kafka"}`.
 */
export function registerProjectionLagMetrics(
  registry: Registry,
  store: Pick<EventStore, 'headPosition' | 'readAll'>,
  runners: readonly ProjectionProgress[],
  family: 'projection' | 'relay' = 'projection',
): void {
  let inFlight: Promise<LagSample> | undefined;
  const sample = () => {
    inFlight ??= sampleProjectionLag(store, runners).finally(() => setImmediate(() => (inFlight = undefined)));
    return inFlight;
  };
  const perRunner = (name: string, help: string, value: (lag: ProjectionLag) => number) =>
    new Gauge({
      name: `${METRIC_PREFIX}${family}_${name}`,
      help: `${family === 'relay' ? 'Relay' : 'Projection'}: ${help}`,
      labelNames: [family],
      registers: [registry],
      async collect() {
        this.reset();
        for (const lag of (await sample()).projections) this.set({ [family]: lag.name }, value(lag));
      },
    });

  new Gauge({
    name: `${METRIC_PREFIX}event_store_head_position`,
    help: 'Global position of the last event in the log',
    registers: [registry],
    async collect() {
      this.set(Number((await sample()).head));
    },
  });
  perRunner('position', 'log position up to which every event is done', (lag) => Number(lag.position));
  perRunner('events_behind', 'events in the log not done yet (head - position)', (lag) => Number(lag.eventsBehind));
  perRunner('seconds_behind', 'age in seconds of the oldest event not done yet; 0 when caught up', (lag) => lag.secondsBehind);
  if (runners.some((runner) => runner.failure)) perRunner('failing', '1 while failing and retrying, else 0', (lag) => (lag.failing ? 1 : 0));
}
