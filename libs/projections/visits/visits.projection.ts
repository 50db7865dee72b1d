import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { ProjectionBatch } from '../rows/projection-batch';
import { readModelTable } from '../rows/read-model-table';

type Data = Record<string, any>;

const visits = readModelTable(`CREATE TABLE IF NOT EXISTS visits (
       id TEXT PRIMARY KEY, kind TEXT NOT NULL, partnership_id TEXT NOT NULL, giving_hospital_id TEXT NOT NULL,
       receiving_hospital_id TEXT NOT NULL, expert_ids TEXT NOT NULL, expert_count BIGINT NOT NULL,
       start_date TEXT NOT NULL, end_date TEXT NOT NULL, place TEXT, clinics_held BIGINT NOT NULL,
       patients_seen BIGINT NOT NULL, operations_guided BIGINT NOT NULL, lectures BIGINT NOT NULL,
       recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL, last_position BIGINT NOT NULL)`);

/** Short visits with their dates, place and outcomes; `expert_count` is the visiting experts, each once. */
export const visitsProjection: Projection = {
  version: 1,
  name: 'visits',
  schema: [
    visits.ddl,
    `CREATE INDEX IF NOT EXISTS visits_by_partnership ON visits (partnership_id, start_date, id)`,
    `CREATE INDEX IF NOT EXISTS visits_by_start ON visits (start_date, id)`,
  ],
  tables: [{ name: 'visits', orderBy: 'id' }],
  eventTypes: ['ShortVisitRecorded'],
  apply(event: RecordedEvent, batch: ProjectionBatch) {
    if (event.type !== 'ShortVisitRecorded') return;
    const data = event.data as Data;
    const outcomes = data.outcomes as Data;
    // A visit is one event: a redelivery conflicts on the id and changes nothing.
    batch.rows(visits).insertIfAbsent({
      id: data.visitId, kind: data.kind, partnership_id: data.partnershipId, giving_hospital_id: data.givingHospitalId,
      receiving_hospital_id: data.receivingHospitalId, expert_ids: JSON.stringify(data.expertIds), expert_count: (data.expertIds as string[]).length,
      start_date: data.start, end_date: data.end, place: data.place ?? null, clinics_held: outcomes.clinicsHeld, patients_seen: outcomes.patientsSeen,
      operations_guided: outcomes.operationsGuided, lectures: outcomes.lectures, recorded_by: data.recordedBy, recorded_at: data.recordedAt,
      last_position: event.globalPosition,
    });
  },
};
