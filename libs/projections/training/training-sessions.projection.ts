import { pointsEarned, sessionMinutes } from '@telemed/domain/training';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';
import { positionGuardedUpdate } from '../position-guarded-update';

type Data = Record<string, any>;

/**
 * Training sessions with their current state, and who attended each: one row per person per
 * session, so attendance posted twice still counts each person once. Each attendance row keeps the
 * minutes the person attended and the credits they earned, so a person's totals are a sum of rows.
 */
export const trainingSessionsProjection: Projection = {
  name: 'training-sessions',
  version: 2,
  schema: [
    `CREATE TABLE IF NOT EXISTS training_sessions (
       id TEXT PRIMARY KEY, status TEXT NOT NULL, partnership_id TEXT NOT NULL, pairing_id TEXT,
       giving_hospital_id TEXT NOT NULL, receiving_hospital_id TEXT NOT NULL, title TEXT NOT NULL, format TEXT NOT NULL,
       slot_start TEXT NOT NULL, slot_end TEXT NOT NULL, trainer_expert_ids TEXT NOT NULL, audience_department_ids TEXT NOT NULL,
       planned_by TEXT NOT NULL, planned_at TEXT NOT NULL, reschedule_count BIGINT NOT NULL DEFAULT 0,
       held_at TEXT, held_recorded_by TEXT, held_recorded_at TEXT, person_times BIGINT NOT NULL DEFAULT 0,
       credit_category TEXT, credit_points DOUBLE PRECISION,
       cancelled_at TEXT, cancel_reason TEXT, cancelled_by TEXT, updated_at TEXT NOT NULL, last_position BIGINT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS training_sessions_by_partnership ON training_sessions (partnership_id, slot_start, id)`,
    `CREATE INDEX IF NOT EXISTS training_sessions_by_start ON training_sessions (slot_start, id)`,
    `CREATE TABLE IF NOT EXISTS training_attendance (
       session_id TEXT NOT NULL, staff_id TEXT NOT NULL, name TEXT NOT NULL, role TEXT, title TEXT,
       minutes BIGINT NOT NULL, whole_session BIGINT NOT NULL, credit_category TEXT, points_earned DOUBLE PRECISION NOT NULL,
       recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL, PRIMARY KEY (session_id, staff_id))`,
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
  async apply(event: RecordedEvent, db: SqlExecutor) {
    const data = event.data as Data;
    const position = event.globalPosition;
    const update = positionGuardedUpdate(db, 'training_sessions', data.trainingSessionId, position);
    switch (event.type) {
      case 'TrainingSessionPlanned':
        db.write(
          `INSERT INTO training_sessions (id, status, partnership_id, pairing_id, giving_hospital_id, receiving_hospital_id,
             title, format, slot_start, slot_end, trainer_expert_ids, audience_department_ids, planned_by, planned_at,
             credit_category, credit_points, updated_at, last_position)
           VALUES (?, 'planned', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          [
            data.trainingSessionId, data.partnershipId, data.pairingId ?? null, data.givingHospitalId, data.receivingHospitalId,
            data.title, data.format, data.start, data.end, JSON.stringify(data.trainerExpertIds),
            JSON.stringify(data.audienceDepartmentIds ?? []), data.plannedBy, data.plannedAt,
            data.credits?.category ?? null, data.credits?.points ?? null, data.plannedAt, position,
          ],
        );
        return;
      case 'TrainingSessionRescheduled':
        update(
          `slot_start = ?, slot_end = ?, reschedule_count = reschedule_count + 1`,
          [data.start, data.end],
          data.rescheduledAt,
        );
        return;
      case 'TrainingSessionHeld':
        update(
          `status = 'held', held_at = ?, held_recorded_by = ?, held_recorded_at = ?`,
          [data.heldAt, data.recordedBy, data.recordedAt],
          data.recordedAt,
        );
        return;
      case 'AttendanceRecorded': {
        const attendees = data.attendees as Data[];
        const session = await db.get<{ start: string; end: string; category: string | null; points: number | null }>(
          `SELECT slot_start AS "start", slot_end AS "end", credit_category AS "category", credit_points AS "points"
           FROM training_sessions WHERE id = ?`,
          [data.trainingSessionId],
        );
        if (!session) return;
        const length = sessionMinutes(session);
        const credits = session.category ? { category: session.category as 'I' | 'II', points: Number(session.points) } : undefined;
        // One statement for the whole list; a person already recorded for the session is not inserted, nor counted again.
        const { changes: newcomers } =
          attendees.length === 0
            ? { changes: 0 }
            : await db.run(
                `INSERT INTO training_attendance (session_id, staff_id, name, role, title, minutes, whole_session, credit_category,
                   points_earned, recorded_by, recorded_at)
                 VALUES ${attendees.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')} ON CONFLICT (session_id, staff_id) DO NOTHING`,
                attendees.flatMap((attendee) => [
                  data.trainingSessionId, attendee.staffId, attendee.name, attendee.role ?? null, attendee.title ?? null,
                  attendee.minutes ?? length, attendee.minutes === undefined ? 1 : 0, credits?.category ?? null,
                  pointsEarned(credits, length, attendee.minutes), data.recordedBy, data.recordedAt,
                ]),
              );
        update(`person_times = person_times + ?`, [newcomers], data.recordedAt);
        return;
      }
      case 'TrainingSessionCancelled':
        update(
          `status = 'cancelled', cancelled_at = ?, cancel_reason = ?, cancelled_by = ?`,
          [data.cancelledAt, data.reason, data.cancelledBy],
          data.cancelledAt,
        );
        return;
    }
  },
};
