import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { ALL_PROJECTIONS, compareReadModels, rebuildReadModels, type ReadModelStore, SqliteReadModelStore, type TableDifference } from '@telemed/projections';
import { countActivities, type StatsQueryDto } from '@telemed/application/stats/stats.queries';
import { asStatsSeries, recount } from '../../stats/log-recount';

const BY_MONTH = { groupBy: 'month' } as StatsQueryDto;

/** The log as a reader that never sees the events `excluded` names (what a projector that gave up on them applied). */
function logWithout(store: EventStore, excluded: Set<string>): EventStore {
  return {
    ...store,
    headPosition: () => store.headPosition(),
    readAll: async (options) => {
      const slice = await store.readAll(options);
      return { ...slice, events: slice.events.filter((event) => !excluded.has(event.eventId)) };
    },
  };
}

/** Differences between the read models and a direct rebuild from the log (less the excluded events). */
export async function differencesFromRebuild(readModels: ReadModelStore, store: EventStore, excluded: string[] = []): Promise<TableDifference[]> {
  const rebuilt = SqliteReadModelStore.open(':memory:');
  try {
    await rebuildReadModels(excluded.length ? logWithout(store, new Set(excluded)) : store, rebuilt, ALL_PROJECTIONS);
    return await compareReadModels(readModels, rebuilt, ALL_PROJECTIONS);
  } finally {
    await rebuilt.close();
  }
}

/**
 * The stats the API would serve from these read models, per partnership and overall, month by
 * month, beside the same figures recounted from the raw log: equal when nothing was lost or
 * counted twice.
 */
export async function statsBesideRecount(readModels: ReadModelStore, log: RecordedEvent[]) {
  const expected = recount(log);
  const overall = new Map<string, Record<string, number>>();
  const served: Record<string, unknown> = {};
  const recounted: Record<string, unknown> = {};
  for (const [partnershipId, months] of expected) {
    const { from: _from, to: _to, ...counts } = await countActivities(readModels, { partnershipId }, BY_MONTH);
    served[partnershipId] = counts;
    recounted[partnershipId] = asStatsSeries(months);
    for (const [period, monthCounts] of months) {
      const merged = overall.get(period) ?? {};
      for (const [key, value] of Object.entries(monthCounts)) merged[key] = (merged[key] ?? 0) + value;
      overall.set(period, merged);
    }
  }
  const { from: _from, to: _to, ...overview } = await countActivities(readModels, {}, BY_MONTH);
  served.overview = overview;
  recounted.overview = asStatsSeries(overall);
  return { served, recounted, partnerships: expected.size };
}
