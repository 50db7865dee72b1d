import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';

type Data = Record<string, any>;

/** Short visits with their dates, place and outcomes; `expert_count` is the visiting experts, each once. */
export const visitsProjection: Projection = {
  version: 1,
  name: 'visits',
  schema: [
    `CREATE TABLE IF NOT EXISTS visits (
       id TEXT PRIMARY KEY, kind TEXT NOT NULL, partnership_id TEXT NOT NULL, giving_hospital_id TEXT NOT NULL,
       receiving_hospital_id TEXT NOT NULL, expert_ids TEXT NOT NULL, expert_count BIGINT NOT NULL,
       start_date TEXT NOT NULL, end_date TEXT NOT NULL, place TEXT, clinics_held BIGINT NOT NULL,
       patients_seen BIGINT NOT NULL, operations_guided BIGINT NOT NULL, lectures BIGINT NOT NULL,
       recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL, last_position BIGINT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS visits_by_partnership ON visits (partnership_id, start_date, id)`,
    `CREATE INDEX IF NOT EXISTS visits_by_start ON visits (start_date, id)`,
  ],
  tables: [{ name: 'visits', orderBy: 'id' }],
  eventTypes: ['ShortVisitRecorded'],
  async apply(event: RecordedEvent, db: SqlExecutor) {
    if (event.type !== 'ShortVisitRecorded') return;
    const data = event.data as Data;
    const outcomes = data.outcomes as Data;
    // A visit is one event: a redelivery conflicts on the id and changes nothing.
    db.write(
      `INSERT INTO visits (id, kind, partnership_id, giving_hospital_id, receiving_hospital_id, expert_ids, expert_count,
         start_date, end_date, place, clinics_held, patients_seen, operations_guided, lectures, recorded_by, recorded_at,
         last_position)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      [
        data.visitId, data.kind, data.partnershipId, data.givingHospitalId, data.receivingHospitalId,
        JSON.stringify(data.expertIds), (data.expertIds as string[]).length, data.start, data.end, data.place ?? null,
        outcomes.clinicsHeld, outcomes.patientsSeen, outcomes.operationsGuided, outcomes.lectures,
        data.recordedBy, data.recordedAt, event.globalPosition,
      ],
    );
  },
};
