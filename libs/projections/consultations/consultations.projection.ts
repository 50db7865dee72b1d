import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { ERASED_PATIENT, ERASED_TEXT, patientKeyIdOf } from '@telemed/event-store/encryption/patient-data-fields';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';
import { positionGuardedUpdate } from '../position-guarded-update';

type Data = Record<string, any>;

/**
 * One row per consultation with its current state: the detail view and the worklists of both
 * hospitals and of each expert, with its deadlines and whether they were missed; and one row per
 * question the expert asked, with the clinician's answer.
 */
export const consultationsProjection: Projection = {
  name: 'consultations',
  version: 3,
  schema: [
    `CREATE TABLE IF NOT EXISTS consultations (
       id TEXT PRIMARY KEY, status TEXT NOT NULL, partnership_id TEXT NOT NULL, pairing_id TEXT NOT NULL,
       requesting_hospital_id TEXT NOT NULL, giving_hospital_id TEXT NOT NULL, expert_id TEXT,
       specialty TEXT NOT NULL, urgency TEXT NOT NULL, requested_title TEXT, purpose TEXT NOT NULL,
       case_summary TEXT NOT NULL, patient TEXT NOT NULL, consent TEXT NOT NULL,
       requested_by TEXT NOT NULL, requested_at TEXT NOT NULL, accepted_at TEXT, declined_at TEXT, decline_reason TEXT,
       scheduled_start TEXT, scheduled_end TEXT, reschedule_count INTEGER NOT NULL DEFAULT 0, started_at TEXT,
       completed_at TEXT, opinion TEXT, recommendations TEXT, signed_by TEXT,
       cancelled_at TEXT, cancel_reason TEXT, updated_at TEXT NOT NULL, last_position BIGINT NOT NULL,
       patient_key_id TEXT, requested_expert_id TEXT, decline_reason_code TEXT,
       accept_due TEXT, accept_overdue_at TEXT, answer_due TEXT, answer_overdue_at TEXT,
       feedback_usefulness INTEGER, feedback_comment TEXT, feedback_at TEXT)`,
    `CREATE TABLE IF NOT EXISTS consultation_questions (
       consultation_id TEXT NOT NULL, question_id TEXT NOT NULL, question TEXT NOT NULL, asked_by TEXT NOT NULL,
       asked_at TEXT NOT NULL, answer TEXT, answered_by TEXT, answered_at TEXT, patient_key_id TEXT,
       PRIMARY KEY (consultation_id, question_id))`,
    `CREATE INDEX IF NOT EXISTS consultation_questions_by_patient_key ON consultation_questions (patient_key_id)`,
    `CREATE INDEX IF NOT EXISTS consultations_by_requesting ON consultations (requesting_hospital_id, requested_at, id)`,
    `CREATE INDEX IF NOT EXISTS consultations_by_giving ON consultations (giving_hospital_id, requested_at, id)`,
    `CREATE INDEX IF NOT EXISTS consultations_by_expert ON consultations (expert_id, requested_at, id)`,
    `CREATE INDEX IF NOT EXISTS consultations_by_requested_at ON consultations (requested_at, id)`,
    `CREATE INDEX IF NOT EXISTS consultations_by_patient_key ON consultations (patient_key_id)`,
  ],
  tables: [
    { name: 'consultations', orderBy: 'id' },
    { name: 'consultation_questions', orderBy: 'consultation_id, question_id' },
  ],
  eventTypes: [
    'ConsultationRequested',
    'ConsultationAccepted',
    'ConsultationDeclined',
    'ConsultationScheduled',
    'ConsultationRescheduled',
    'ConsultationStarted',
    'ConsultationOpinionSigned',
    'ConsultationCancelled',
    'ConsultationInformationRequested',
    'ConsultationInformationProvided',
    'ConsultationResponseOverdue',
    'ConsultationOpinionOverdue',
    'ConsultationFeedbackGiven',
    'PatientDataErased',
  ],
  async apply(event: RecordedEvent, db: SqlExecutor) {
    const data = event.data as Data;
    const position = event.globalPosition;
    const update = positionGuardedUpdate(db, 'consultations', data.consultationId, position);
    switch (event.type) {
      case 'ConsultationRequested':
        db.write(
          `INSERT INTO consultations (id, status, partnership_id, pairing_id, requesting_hospital_id, giving_hospital_id,
             specialty, urgency, requested_title, purpose, case_summary, patient, consent, requested_by, requested_at,
             updated_at, last_position, patient_key_id, requested_expert_id, accept_due, answer_due)
           VALUES (?, 'requested', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          [
            data.consultationId, data.partnershipId, data.pairingId, data.requestingHospitalId, data.givingHospitalId,
            data.specialty, data.urgency, data.requestedTitle ?? null, data.purpose, data.caseSummary,
            JSON.stringify(data.patient), JSON.stringify(data.consent), data.requestedBy, data.requestedAt,
            data.requestedAt, position, patientKeyIdOf(event), data.requestedExpertId ?? null,
            data.clock?.acceptBy ?? null, data.clock?.answerBy ?? null,
          ],
        );
        return;
      case 'ConsultationAccepted':
        update(`status = 'accepted', expert_id = ?, accepted_at = ?`, [data.expertId, data.acceptedAt], data.acceptedAt);
        return;
      case 'ConsultationDeclined':
        // Declines recorded before reasons were coded carry none: they read as `other`.
        update(`status = 'declined', declined_at = ?, decline_reason_code = ?, decline_reason = ?`, [data.declinedAt, data.reasonCode ?? 'other', data.reason], data.declinedAt);
        return;
      case 'ConsultationScheduled':
        update(`status = 'scheduled', scheduled_start = ?, scheduled_end = ?`, [data.start, data.end], data.scheduledAt);
        return;
      case 'ConsultationRescheduled':
        update(
          `status = 'scheduled', scheduled_start = ?, scheduled_end = ?, reschedule_count = reschedule_count + 1`,
          [data.start, data.end],
          data.rescheduledAt,
        );
        return;
      case 'ConsultationStarted':
        update(`status = 'in-progress', started_at = ?`, [data.startedAt], data.startedAt);
        return;
      case 'ConsultationOpinionSigned':
        update(
          `status = 'completed', completed_at = ?, opinion = ?, recommendations = ?, signed_by = ?`,
          [data.signedAt, data.opinion, data.recommendations ?? null, data.expertId],
          data.signedAt,
        );
        return;
      case 'ConsultationCancelled':
        update(`status = 'cancelled', cancelled_at = ?, cancel_reason = ?`, [data.cancelledAt, data.reason], data.cancelledAt);
        return;
      case 'ConsultationInformationRequested':
        update(`status = 'information-requested'`, [], data.askedAt);
        db.write(
          `INSERT INTO consultation_questions (consultation_id, question_id, question, asked_by, asked_at, patient_key_id)
           VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (consultation_id, question_id) DO NOTHING`,
          [data.consultationId, data.questionId, data.question, data.askedBy, data.askedAt, patientKeyIdOf(event)],
        );
        return;
      case 'ConsultationInformationProvided':
        update(`status = ?, answer_due = COALESCE(?, answer_due)`, [data.resumedStatus, data.answerBy ?? null], data.answeredAt);
        db.write(`UPDATE consultation_questions SET answer = ?, answered_by = ?, answered_at = ? WHERE consultation_id = ? AND question_id = ?`, [
          data.answer, data.answeredBy, data.answeredAt, data.consultationId, data.questionId,
        ]);
        return;
      case 'ConsultationResponseOverdue':
        update(`accept_overdue_at = ?`, [data.recordedAt], data.recordedAt);
        return;
      case 'ConsultationOpinionOverdue':
        update(`answer_overdue_at = ?`, [data.recordedAt], data.recordedAt);
        return;
      case 'ConsultationFeedbackGiven':
        update(`feedback_usefulness = ?, feedback_comment = ?, feedback_at = ?`, [data.usefulness, data.comment ?? null, data.givenAt], data.givenAt);
        return;
      case 'PatientDataErased':
        // The same placeholders the log now decrypts to, so a rebuild equals the purged rows.
        db.write(
          `UPDATE consultations SET patient = ?, purpose = ?, case_summary = ?,
             decline_reason = CASE WHEN decline_reason IS NULL THEN NULL ELSE ? END,
             opinion = CASE WHEN opinion IS NULL THEN NULL ELSE ? END,
             recommendations = CASE WHEN recommendations IS NULL THEN NULL ELSE ? END,
             cancel_reason = CASE WHEN cancel_reason IS NULL THEN NULL ELSE ? END,
             feedback_comment = CASE WHEN feedback_comment IS NULL THEN NULL ELSE ? END
           WHERE patient_key_id = ?`,
          [JSON.stringify(ERASED_PATIENT), ERASED_TEXT, ERASED_TEXT, ERASED_TEXT, ERASED_TEXT, ERASED_TEXT, ERASED_TEXT, ERASED_TEXT, data.keyId],
        );
        db.write(
          `UPDATE consultation_questions SET question = ?, answer = CASE WHEN answer IS NULL THEN NULL ELSE ? END WHERE patient_key_id = ?`,
          [ERASED_TEXT, ERASED_TEXT, data.keyId],
        );
        return;
    }
  },
};
