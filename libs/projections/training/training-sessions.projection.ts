import { pointsEarned, sessionMinutes } from '@telemed/domain/training';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { ProjectionBatch } from '../rows/projection-batch';
import { readModelTable } from '../rows/read-model-table';
import { positionGuardedUpdate } from '../position-guarded-update';

type Data = Record<string, any>;

export const trainingSessionsTable = readModelTable(`CREATE TABLE IF NOT EXISTS training_sessions (
       id TEXT PRIMARY KEY, status TEXT NOT NULL, partnership_id TEXT NOT NULL, pairing_id TEXT,
       giving_hospital_id TEXT NOT NULL, receiving_hospital_id TEXT NOT NULL, title TEXT NOT NULL, format TEXT NOT NULL,
       slot_start TEXT NOT NULL, slot_end TEXT NOT NULL, trainer_expert_ids TEXT NOT NULL, audience_department_ids TEXT NOT NULL,
       planned_by TEXT NOT NULL, planned_at TEXT NOT NULL, reschedule_count BIGINT NOT NULL DEFAULT 0,
       held_at TEXT, held_recorded_by TEXT, held_recorded_at TEXT, person_times BIGINT NOT NULL DEFAULT 0,
       credit_category TEXT, credit_points DOUBLE PRECISION,
       cancelled_at TEXT, cancel_reason TEXT, cancelled_by TEXT, updated_at TEXT NOT NULL, last_position BIGINT NOT NULL)`);
const attendance = readModelTable(`CREATE TABLE IF NOT EXISTS training_attendance (
       session_id TEXT NOT NULL, staff_id TEXT NOT NULL, name TEXT NOT NULL, role TEXT, title TEXT,
       minutes BIGINT NOT NULL, whole_session BIGINT NOT NULL, credit_category TEXT, points_earned DOUBLE PRECISION NOT NULL,
       recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL, PRIMARY KEY (session_id, staff_id))`);

/**
 * Training sessions with their current state, and who attended each: one row per person per
 * session, so attendance posted twice still counts each person once. Each attendance row keeps the
 * minutes the person attended and the credits they earned, so a person's totals are a sum of rows.
 */
export const trainingSessionsProjection: Projection = {
  name: 'training-sessions',
  version: 2,
  schema: [
    trainingSessionsTable.ddl,
    `CREATE INDEX IF NOT EXISTS training_sessions_by_partnership ON training_sessions (partnership_id, slot_start, id)`,
    `CREATE INDEX IF NOT EXISTS training_sessions_by_start ON training_sessions (slot_start, id)`,
    attendance.ddl,
    // A session's attendance is read back by name.
    `CREATE INDEX IF NOT EXISTS training_attendance_by_name ON training_attendance (session_id, name, staff_id)`,
    // A person's totals over the sessions they attended.
    `CREATE INDEX IF NOT EXISTS training_attendance_by_person ON training_attendance (staff_id, session_id)`,
  ],
  tables: [
    { name: 'training_sessions', orderBy: 'id' },
    { name: 'training_attendance', orderBy: 'session_id, staff_id' },
  ],
  eventTypes: [
    'TrainingSessionPlanned',
    'TrainingSessionRescheduled',
    'TrainingSessionHeld',
    'AttendanceRecorded',
    'TrainingSessionCancelled',
  ],
  async prefetch(events, batch) {
    await batch.rows(trainingSessionsTable).prefetch(events.map((event) => (event.data as Data).trainingSessionId));
    const attendances = events.filter((event) => event.type === 'AttendanceRecorded');
    await batch.rows(attendance).prefetch(
      attendances.flatMap((event) => ((event.data as Data).attendees as Data[]).map((attendee) => [(event.data as Data).trainingSessionId, attendee.staffId])),
    );
  },
  async apply(event: RecordedEvent, batch: ProjectionBatch) {
    const data = event.data as Data;
    const position = event.globalPosition;
    const sessions = batch.rows(trainingSessionsTable);
    const update = positionGuardedUpdate(sessions, data.trainingSessionId, position);
    switch (event.type) {
      case 'TrainingSessionPlanned':
        sessions.insertIfAbsent({
          id: data.trainingSessionId, status: 'planned', partnership_id: data.partnershipId, pairing_id: data.pairingId ?? null,
          giving_hospital_id: data.givingHospitalId, receiving_hospital_id: data.receivingHospitalId, title: data.title, format: data.format,
          slot_start: data.start, slot_end: data.end, trainer_expert_ids: JSON.stringify(data.trainerExpertIds),
          audience_department_ids: JSON.stringify(data.audienceDepartmentIds ?? []), planned_by: data.plannedBy, planned_at: data.plannedAt,
          credit_category: data.credits?.category ?? null, credit_points: data.credits?.points ?? null, updated_at: data.plannedAt, last_position: position,
        });
        return;
      case 'TrainingSessionRescheduled':
        await update((row) => ({ slot_start: data.start, slot_end: data.end, reschedule_count: Number(row.reschedule_count) + 1 }), data.rescheduledAt);
        return;
      case 'TrainingSessionHeld':
        await update({ status: 'held', held_at: data.heldAt, held_recorded_by: data.recordedBy, held_recorded_at: data.recordedAt }, data.recordedAt);
        return;
      case 'AttendanceRecorded': {
        const session = await sessions.get(data.trainingSessionId);
        if (!session) return;
        const length = sessionMinutes({ start: session.slot_start as string, end: session.slot_end as string });
        const category = session.credit_category as 'I' | 'II' | null;
        const credits = category ? { category, points: Number(session.credit_points) } : undefined;
        // A person already recorded for the session is not inserted, nor counted again.
        let newcomers = 0;
        for (const attendee of data.attendees as Data[]) {
          const added = await batch.rows(attendance).insert({
            session_id: data.trainingSessionId, staff_id: attendee.staffId, name: attendee.name, role: attendee.role ?? null, title: attendee.title ?? null,
            minutes: attendee.minutes ?? length, whole_session: attendee.minutes === undefined ? 1 : 0, credit_category: credits?.category ?? null,
            points_earned: pointsEarned(credits, length, attendee.minutes), recorded_by: data.recordedBy, recorded_at: data.recordedAt,
          });
          if (added) newcomers++;
        }
        await update((row) => ({ person_times: Number(row.person_times) + newcomers }), data.recordedAt);
        return;
      }
      case 'TrainingSessionCancelled':
        await update({ status: 'cancelled', cancelled_at: data.cancelledAt, cancel_reason: data.reason, cancelled_by: data.cancelledBy }, data.cancelledAt);
        return;
    }
  },
};
