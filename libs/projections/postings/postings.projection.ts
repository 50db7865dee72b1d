import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';
import { positionGuardedUpdate } from '../position-guarded-update';

type Data = Record<string, any>;

/**
 * Postings (援派) with their term and their days on site: `arrived_on` and `returned_on` answer who is on
 * site at a date, and the days between them give the person-months of service. Dates are Beijing
 * calendar dates, compared as text.
 */
export const postingsProjection: Projection = {
  version: 1,
  name: 'postings',
  schema: [
    `CREATE TABLE IF NOT EXISTS postings (
       id TEXT PRIMARY KEY, status TEXT NOT NULL, kind TEXT NOT NULL, expert_id TEXT, person_name TEXT, person_title TEXT,
       role TEXT, partnership_id TEXT NOT NULL, pairing_id TEXT, giving_hospital_id TEXT NOT NULL,
       receiving_hospital_id TEXT NOT NULL, receiving_department_id TEXT, planned_start TEXT NOT NULL,
       planned_end TEXT NOT NULL, original_end TEXT NOT NULL, extension_count BIGINT NOT NULL DEFAULT 0,
       arrived_on TEXT, returned_on TEXT, cut_short_on TEXT, cut_short_reason TEXT,
       dispatched_by TEXT NOT NULL, dispatched_at TEXT NOT NULL, updated_at TEXT NOT NULL, last_position BIGINT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS postings_by_partnership ON postings (partnership_id, planned_start, id)`,
    `CREATE INDEX IF NOT EXISTS postings_by_start ON postings (planned_start, id)`,
    `CREATE INDEX IF NOT EXISTS postings_by_pairing ON postings (pairing_id)`,
  ],
  tables: [{ name: 'postings', orderBy: 'id' }],
  eventTypes: ['PostingDispatched', 'PostingArrived', 'PostingExtended', 'PostingCutShort', 'PostingReturned'],
  async apply(event: RecordedEvent, db: SqlExecutor) {
    const data = event.data as Data;
    const position = event.globalPosition;
    const update = positionGuardedUpdate(db, 'postings', data.postingId, position);
    switch (event.type) {
      case 'PostingDispatched':
        db.write(
          `INSERT INTO postings (id, status, kind, expert_id, person_name, person_title, role, partnership_id, pairing_id,
             giving_hospital_id, receiving_hospital_id, receiving_department_id, planned_start, planned_end, original_end,
             dispatched_by, dispatched_at, updated_at, last_position)
           VALUES (?, 'dispatched', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          [
            data.postingId, data.kind, data.expertId ?? null, data.person?.name ?? null, data.person?.title ?? null,
            data.role ?? null, data.partnershipId, data.pairingId ?? null, data.givingHospitalId, data.receivingHospitalId,
            data.receivingDepartmentId ?? null, data.plannedStart, data.plannedEnd, data.plannedEnd, data.dispatchedBy,
            data.dispatchedAt, data.dispatchedAt, position,
          ],
        );
        return;
      case 'PostingArrived':
        update(`status = 'on-site', arrived_on = ?`, [data.arrivedOn], data.recordedAt);
        return;
      case 'PostingExtended':
        update(`planned_end = ?, extension_count = extension_count + 1`, [data.newEnd], data.extendedAt);
        return;
      case 'PostingCutShort':
        update(`planned_end = ?, cut_short_on = ?, cut_short_reason = ?`, [data.endsOn, data.endsOn, data.reason], data.recordedAt);
        return;
      case 'PostingReturned':
        update(`status = 'returned', returned_on = ?`, [data.returnedOn], data.recordedAt);
        return;
    }
  },
};
