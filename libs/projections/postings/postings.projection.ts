import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { ProjectionBatch } from '../rows/projection-batch';
import { readModelTable } from '../rows/read-model-table';
import { positionGuardedUpdate } from '../position-guarded-update';

type Data = Record<string, any>;

const postings = readModelTable(`CREATE TABLE IF NOT EXISTS postings (
       id TEXT PRIMARY KEY, status TEXT NOT NULL, kind TEXT NOT NULL, expert_id TEXT, person_name TEXT, person_title TEXT,
       role TEXT, partnership_id TEXT NOT NULL, pairing_id TEXT, giving_hospital_id TEXT NOT NULL,
       receiving_hospital_id TEXT NOT NULL, receiving_department_id TEXT, planned_start TEXT NOT NULL,
       planned_end TEXT NOT NULL, original_end TEXT NOT NULL, extension_count BIGINT NOT NULL DEFAULT 0,
       arrived_on TEXT, returned_on TEXT, cut_short_on TEXT, cut_short_reason TEXT,
       dispatched_by TEXT NOT NULL, dispatched_at TEXT NOT NULL, updated_at TEXT NOT NULL, last_position BIGINT NOT NULL)`);

/**
 * Postings (援派) with their term and their days on site: `arrived_on` and `returned_on` answer who is on
 * site at a date, and the days between them give the person-months of service. Dates are Beijing
 * calendar dates, compared as text.
 */
export const postingsProjection: Projection = {
  version: 1,
  name: 'postings',
  schema: [
    postings.ddl,
    `CREATE INDEX IF NOT EXISTS postings_by_partnership ON postings (partnership_id, planned_start, id)`,
    `CREATE INDEX IF NOT EXISTS postings_by_start ON postings (planned_start, id)`,
    `CREATE INDEX IF NOT EXISTS postings_by_pairing ON postings (pairing_id)`,
  ],
  tables: [{ name: 'postings', orderBy: 'id' }],
  eventTypes: ['PostingDispatched', 'PostingArrived', 'PostingExtended', 'PostingCutShort', 'PostingReturned'],
  async prefetch(events, batch) {
    await batch.rows(postings).prefetch(events.map((event) => (event.data as Data).postingId));
  },
  async apply(event: RecordedEvent, batch: ProjectionBatch) {
    const data = event.data as Data;
    const position = event.globalPosition;
    const update = positionGuardedUpdate(batch.rows(postings), data.postingId, position);
    switch (event.type) {
      case 'PostingDispatched':
        batch.rows(postings).insertIfAbsent({
          id: data.postingId, status: 'dispatched', kind: data.kind, expert_id: data.expertId ?? null, person_name: data.person?.name ?? null,
          person_title: data.person?.title ?? null, role: data.role ?? null, partnership_id: data.partnershipId, pairing_id: data.pairingId ?? null,
          giving_hospital_id: data.givingHospitalId, receiving_hospital_id: data.receivingHospitalId, receiving_department_id: data.receivingDepartmentId ?? null,
          planned_start: data.plannedStart, planned_end: data.plannedEnd, original_end: data.plannedEnd, dispatched_by: data.dispatchedBy,
          dispatched_at: data.dispatchedAt, updated_at: data.dispatchedAt, last_position: position,
        });
        return;
      case 'PostingArrived':
        await update({ status: 'on-site', arrived_on: data.arrivedOn }, data.recordedAt);
        return;
      case 'PostingExtended':
        await update((row) => ({ planned_end: data.newEnd, extension_count: Number(row.extension_count) + 1 }), data.extendedAt);
        return;
      case 'PostingCutShort':
        await update({ planned_end: data.endsOn, cut_short_on: data.endsOn, cut_short_reason: data.reason }, data.recordedAt);
        return;
      case 'PostingReturned':
        await update({ status: 'returned', returned_on: data.returnedOn }, data.recordedAt);
        return;
    }
  },
};
