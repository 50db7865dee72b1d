import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';
import { positionGuardedUpdate } from '../position-guarded-update';

type Data = Record<string, any>;

/**
 * Further study (进修) and in-service postgraduates, one row per placement. The person's name is staff
 * data kept in clear (see the event); the person's study calendar streams need no read model of their own.
 */
export const furtherStudyProjection: Projection = {
  version: 1,
  name: 'further-study',
  schema: [
    `CREATE TABLE IF NOT EXISTS further_study (
       id TEXT PRIMARY KEY, status TEXT NOT NULL, kind TEXT NOT NULL, partnership_id TEXT NOT NULL,
       giving_hospital_id TEXT NOT NULL, receiving_hospital_id TEXT NOT NULL, staff_id TEXT NOT NULL,
       person_name TEXT NOT NULL, person_title TEXT, host_department_id TEXT NOT NULL, start_date TEXT NOT NULL,
       planned_end TEXT NOT NULL, ended_on TEXT, certificate TEXT, withdrawal_reason TEXT,
       started_by TEXT NOT NULL, started_at TEXT NOT NULL, updated_at TEXT NOT NULL, last_position BIGINT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS further_study_by_partnership ON further_study (partnership_id, start_date, id)`,
    `CREATE INDEX IF NOT EXISTS further_study_by_start ON further_study (start_date, id)`,
    `CREATE INDEX IF NOT EXISTS further_study_by_person ON further_study (receiving_hospital_id, staff_id)`,
  ],
  tables: [{ name: 'further_study', orderBy: 'id' }],
  eventTypes: ['FurtherStudyStarted', 'FurtherStudyCompleted', 'FurtherStudyWithdrawn'],
  async apply(event: RecordedEvent, db: SqlExecutor) {
    const data = event.data as Data;
    const position = event.globalPosition;
    const update = positionGuardedUpdate(db, 'further_study', data.furtherStudyId, position);
    switch (event.type) {
      case 'FurtherStudyStarted':
        db.write(
          `INSERT INTO further_study (id, status, kind, partnership_id, giving_hospital_id, receiving_hospital_id, staff_id,
             person_name, person_title, host_department_id, start_date, planned_end, started_by, started_at, updated_at,
             last_position)
           VALUES (?, 'started', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          [
            data.furtherStudyId, data.kind, data.partnershipId, data.givingHospitalId, data.receivingHospitalId,
            data.person.staffId, data.person.name, data.person.title ?? null, data.hostDepartmentId, data.start,
            data.plannedEnd, data.startedBy, data.startedAt, data.startedAt, position,
          ],
        );
        return;
      case 'FurtherStudyCompleted':
        update(`status = 'completed', ended_on = ?, certificate = ?`, [data.completedOn, data.certificate], data.recordedAt);
        return;
      case 'FurtherStudyWithdrawn':
        update(`status = 'withdrawn', ended_on = ?, withdrawal_reason = ?`, [data.withdrawnOn, data.reason], data.recordedAt);
        return;
    }
  },
};
