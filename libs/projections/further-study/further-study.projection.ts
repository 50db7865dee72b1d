import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { ProjectionBatch } from '../rows/projection-batch';
import { readModelTable } from '../rows/read-model-table';
import { positionGuardedUpdate } from '../position-guarded-update';

type Data = Record<string, any>;

const furtherStudy = readModelTable(`CREATE TABLE IF NOT EXISTS further_study (
       id TEXT PRIMARY KEY, status TEXT NOT NULL, kind TEXT NOT NULL, partnership_id TEXT NOT NULL,
       giving_hospital_id TEXT NOT NULL, receiving_hospital_id TEXT NOT NULL, staff_id TEXT NOT NULL,
       person_name TEXT NOT NULL, person_title TEXT, host_department_id TEXT NOT NULL, start_date TEXT NOT NULL,
       planned_end TEXT NOT NULL, ended_on TEXT, certificate TEXT, withdrawal_reason TEXT,
       started_by TEXT NOT NULL, started_at TEXT NOT NULL, updated_at TEXT NOT NULL, last_position BIGINT NOT NULL)`);

/**
 * Further study (进修) and in-service postgraduates, one row per placement. The person's name is staff
 * data kept in clear (see the event); the person's study calendar streams need no read model of their own.
 */
export const furtherStudyProjection: Projection = {
  version: 1,
  name: 'further-study',
  schema: [
    furtherStudy.ddl,
    `CREATE INDEX IF NOT EXISTS further_study_by_partnership ON further_study (partnership_id, start_date, id)`,
    `CREATE INDEX IF NOT EXISTS further_study_by_start ON further_study (start_date, id)`,
    `CREATE INDEX IF NOT EXISTS further_study_by_person ON further_study (receiving_hospital_id, staff_id)`,
  ],
  tables: [{ name: 'further_study', orderBy: 'id' }],
  eventTypes: ['FurtherStudyStarted', 'FurtherStudyCompleted', 'FurtherStudyWithdrawn'],
  async prefetch(events, batch) {
    await batch.rows(furtherStudy).prefetch(events.map((event) => (event.data as Data).furtherStudyId));
  },
  async apply(event: RecordedEvent, batch: ProjectionBatch) {
    const data = event.data as Data;
    const position = event.globalPosition;
    const update = positionGuardedUpdate(batch.rows(furtherStudy), data.furtherStudyId, position);
    switch (event.type) {
      case 'FurtherStudyStarted':
        batch.rows(furtherStudy).insertIfAbsent({
          id: data.furtherStudyId, status: 'started', kind: data.kind, partnership_id: data.partnershipId, giving_hospital_id: data.givingHospitalId,
          receiving_hospital_id: data.receivingHospitalId, staff_id: data.person.staffId, person_name: data.person.name,
          person_title: data.person.title ?? null, host_department_id: data.hostDepartmentId, start_date: data.start, planned_end: data.plannedEnd,
          started_by: data.startedBy, started_at: data.startedAt, updated_at: data.startedAt, last_position: position,
        });
        return;
      case 'FurtherStudyCompleted':
        await update({ status: 'completed', ended_on: data.completedOn, certificate: data.certificate }, data.recordedAt);
        return;
      case 'FurtherStudyWithdrawn':
        await update({ status: 'withdrawn', ended_on: data.withdrawnOn, withdrawal_reason: data.reason }, data.recordedAt);
        return;
    }
  },
};
