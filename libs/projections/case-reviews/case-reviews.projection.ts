import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { ERASED_PATIENT, ERASED_TEXT, patientKeyIdOf } from '@telemed/event-store/encryption/patient-data-fields';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';
import { positionGuardedUpdate } from '../position-guarded-update';

type Data = Record<string, any>;

/**
 * Case discussions: one row per case review with its current state and its deadlines (met when the
 * first invited expert accepts and when the panel concludes, or recorded overdue), one row per
 * invited expert with their answer, and one row per recorded contribution.
 */
export const caseReviewsProjection: Projection = {
  name: 'case-reviews',
  version: 2,
  schema: [
    `CREATE TABLE IF NOT EXISTS case_reviews (
       id TEXT PRIMARY KEY, status TEXT NOT NULL, partnership_id TEXT NOT NULL, pairing_id TEXT,
       requesting_hospital_id TEXT NOT NULL, giving_hospital_id TEXT NOT NULL, specialties TEXT NOT NULL,
       purpose TEXT NOT NULL, case_summary TEXT NOT NULL, patient TEXT NOT NULL, consent TEXT NOT NULL,
       requested_by TEXT NOT NULL, requested_at TEXT NOT NULL, scheduled_start TEXT, scheduled_end TEXT,
       reschedule_count BIGINT NOT NULL DEFAULT 0, started_at TEXT, started_by TEXT,
       concluded_at TEXT, conclusion TEXT, concluded_by TEXT, cancelled_at TEXT, cancel_reason TEXT, cancelled_by TEXT,
       updated_at TEXT NOT NULL, last_position BIGINT NOT NULL, patient_key_id TEXT,
       urgency TEXT NOT NULL DEFAULT 'routine', accept_due TEXT, accept_met_at TEXT, accept_overdue_at TEXT,
       answer_due TEXT, answer_overdue_at TEXT)`,
    `CREATE INDEX IF NOT EXISTS case_reviews_by_patient_key ON case_reviews (patient_key_id)`,
    `CREATE INDEX IF NOT EXISTS case_reviews_by_requesting ON case_reviews (requesting_hospital_id, requested_at, id)`,
    `CREATE INDEX IF NOT EXISTS case_reviews_by_requested_at ON case_reviews (requested_at, id)`,
    `CREATE TABLE IF NOT EXISTS case_review_panel (
       case_review_id TEXT NOT NULL, expert_id TEXT NOT NULL, hospital_id TEXT NOT NULL, specialty TEXT NOT NULL,
       answer TEXT NOT NULL, reason TEXT, invited_by TEXT NOT NULL, invited_at TEXT NOT NULL, answered_at TEXT,
       invitation_position BIGINT NOT NULL, PRIMARY KEY (case_review_id, expert_id))`,
    `CREATE INDEX IF NOT EXISTS case_review_panel_by_expert ON case_review_panel (expert_id, case_review_id)`,
    `CREATE TABLE IF NOT EXISTS case_review_contributions (
       event_id TEXT PRIMARY KEY, case_review_id TEXT NOT NULL, expert_id TEXT NOT NULL, opinion TEXT NOT NULL,
       recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL, position BIGINT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS case_review_contributions_by_review ON case_review_contributions (case_review_id, position)`,
  ],
  tables: [
    { name: 'case_reviews', orderBy: 'id' },
    { name: 'case_review_panel', orderBy: 'case_review_id, expert_id' },
    { name: 'case_review_contributions', orderBy: 'event_id' },
  ],
  eventTypes: [
    'CaseReviewRequested',
    'PanelistsInvited',
    'InvitationAccepted',
    'InvitationDeclined',
    'CaseReviewScheduled',
    'CaseReviewRescheduled',
    'CaseReviewStarted',
    'ContributionRecorded',
    'CaseReviewConcluded',
    'CaseReviewCancelled',
    'CaseReviewResponseOverdue',
    'CaseReviewConclusionOverdue',
    'PatientDataErased',
  ],
  async apply(event: RecordedEvent, db: SqlExecutor) {
    const data = event.data as Data;
    const position = event.globalPosition;
    const update = positionGuardedUpdate(db, 'case_reviews', data.caseReviewId, position);
    switch (event.type) {
      case 'CaseReviewRequested':
        db.write(
          `INSERT INTO case_reviews (id, status, partnership_id, pairing_id, requesting_hospital_id, giving_hospital_id,
             specialties, purpose, case_summary, patient, consent, requested_by, requested_at, updated_at, last_position,
             patient_key_id, urgency, accept_due, answer_due)
           VALUES (?, 'requested', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          [
            data.caseReviewId, data.partnershipId, data.pairingId ?? null, data.requestingHospitalId, data.givingHospitalId,
            JSON.stringify(data.specialties), data.purpose, data.caseSummary, JSON.stringify(data.patient),
            JSON.stringify(data.consent), data.requestedBy, data.requestedAt, data.requestedAt, position, patientKeyIdOf(event),
            // Requests recorded before case reviews had an urgency or a clock read as routine, with no deadlines.
            data.urgency ?? 'routine', data.clock?.acceptBy ?? null, data.clock?.answerBy ?? null,
          ],
        );
        return;
      case 'PanelistsInvited':
        for (const expert of data.experts as Data[]) {
          db.write(
            `INSERT INTO case_review_panel (case_review_id, expert_id, hospital_id, specialty, answer, invited_by, invited_at,
               invitation_position)
             VALUES (?, ?, ?, ?, 'pending', ?, ?, ?) ON CONFLICT (case_review_id, expert_id) DO NOTHING`,
            [data.caseReviewId, expert.expertId, expert.hospitalId, expert.specialty, data.invitedBy, data.invitedAt, position],
          );
        }
        update('', [], data.invitedAt);
        return;
      case 'InvitationAccepted':
        answer(db, data, 'accepted', null, data.acceptedAt);
        // The first acceptance is the panel's response to the request.
        update('accept_met_at = COALESCE(accept_met_at, ?)', [data.acceptedAt], data.acceptedAt);
        return;
      case 'InvitationDeclined':
        answer(db, data, 'declined', data.reason, data.declinedAt);
        update('', [], data.declinedAt);
        return;
      case 'CaseReviewScheduled':
        update(`status = 'scheduled', scheduled_start = ?, scheduled_end = ?`, [data.start, data.end], data.scheduledAt);
        return;
      case 'CaseReviewRescheduled':
        update(
          `status = 'scheduled', scheduled_start = ?, scheduled_end = ?, reschedule_count = reschedule_count + 1`,
          [data.start, data.end],
          data.rescheduledAt,
        );
        return;
      case 'CaseReviewStarted':
        update(`status = 'in-progress', started_at = ?, started_by = ?`, [data.startedAt, data.startedBy], data.startedAt);
        return;
      case 'ContributionRecorded':
        db.write(
          `INSERT INTO case_review_contributions (event_id, case_review_id, expert_id, opinion, recorded_by, recorded_at, position)
           VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING`,
          [event.eventId, data.caseReviewId, data.expertId, data.opinion, data.recordedBy, data.recordedAt, position],
        );
        update('', [], data.recordedAt);
        return;
      case 'CaseReviewConcluded':
        update(
          `status = 'concluded', concluded_at = ?, conclusion = ?, concluded_by = ?`,
          [data.concludedAt, data.conclusion, data.concludedBy],
          data.concludedAt,
        );
        return;
      case 'CaseReviewCancelled':
        update(
          `status = 'cancelled', cancelled_at = ?, cancel_reason = ?, cancelled_by = ?`,
          [data.cancelledAt, data.reason, data.cancelledBy],
          data.cancelledAt,
        );
        return;
      case 'CaseReviewResponseOverdue':
        update('accept_overdue_at = ?', [data.recordedAt], data.recordedAt);
        return;
      case 'CaseReviewConclusionOverdue':
        update('answer_overdue_at = ?', [data.recordedAt], data.recordedAt);
        return;
      case 'PatientDataErased':
        await purgePatient(db, data.keyId);
        return;
    }
  },
};

/** The same placeholders the log now decrypts to, so a rebuild equals the purged rows. */
async function purgePatient(db: SqlExecutor, keyId: string) {
  const ofPatient = 'SELECT id FROM case_reviews WHERE patient_key_id = ?';
  db.write(
    `UPDATE case_reviews SET patient = ?, purpose = ?, case_summary = ?,
       conclusion = CASE WHEN conclusion IS NULL THEN NULL ELSE ? END,
       cancel_reason = CASE WHEN cancel_reason IS NULL THEN NULL ELSE ? END
     WHERE patient_key_id = ?`,
    [JSON.stringify(ERASED_PATIENT), ERASED_TEXT, ERASED_TEXT, ERASED_TEXT, ERASED_TEXT, keyId],
  );
  db.write(`UPDATE case_review_panel SET reason = CASE WHEN reason IS NULL THEN NULL ELSE ? END WHERE case_review_id IN (${ofPatient})`, [
    ERASED_TEXT,
    keyId,
  ]);
  db.write(`UPDATE case_review_contributions SET opinion = ? WHERE case_review_id IN (${ofPatient})`, [ERASED_TEXT, keyId]);
}

function answer(db: SqlExecutor, data: Data, value: 'accepted' | 'declined', reason: string | null, at: string) {
  db.write(`UPDATE case_review_panel SET answer = ?, reason = ?, answered_at = ? WHERE case_review_id = ? AND expert_id = ?`, [
    value,
    reason,
    at,
    data.caseReviewId,
    data.expertId,
  ]);
}
