import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { applyProjections, createProjectionSchema, type Projection, type ReadModelStore } from '@telemed/projections';

/** Any read-model store with the projections' schema, fed the way the runner feeds it: a batch per transaction. */
export interface ReadModelTestbed {
  readModels: ReadModelStore;
  apply(events: readonly RecordedEvent[]): Promise<void>;
}

export async function openTestbed(readModels: ReadModelStore, projections: readonly Projection[]): Promise<ReadModelTestbed> {
  await createProjectionSchema(readModels, projections);
  return {
    readModels,
    apply: (events) => readModels.transaction((tx) => applyProjections(projections, [...events], tx)),
  };
}

/** The deliveries the projection specs use: all at once, overlapping batches, and every event twice. */
export const DELIVERIES: Record<string, (events: RecordedEvent[]) => RecordedEvent[][]> = {
  once: (events) => [events],
  'in overlapping batches': (events) => {
    const batches: RecordedEvent[][] = [];
    for (let index = 0; index < events.length; index += 3) batches.push(events.slice(index, index + 4));
    return [...batches, events];
  },
  'each event twice': (events) => [...events.map((event) => [event, event]), events],
};
