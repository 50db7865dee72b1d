import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { ERASED_PATIENT, ERASED_TEXT, patientKeyIdOf } from '@telemed/event-store/encryption/patient-data-fields';
import type { Projection } from '../projection';
import type { ProjectionBatch } from '../rows/projection-batch';
import { readModelTable } from '../rows/read-model-table';
import { positionGuardedUpdate } from '../position-guarded-update';

type Data = Record<string, any>;

export const consultationsTable = readModelTable(`CREATE TABLE IF NOT EXISTS consultations (
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
       feedback_usefulness INTEGER, feedback_comment TEXT, feedback_at TEXT)`);
const questions = readModelTable(`CREATE TABLE IF NOT EXISTS consultation_questions (
       consultation_id TEXT NOT NULL, question_id TEXT NOT NULL, question TEXT NOT NULL, asked_by TEXT NOT NULL,
       asked_at TEXT NOT NULL, answer TEXT, answered_by TEXT, answered_at TEXT, patient_key_id TEXT,
       PRIMARY KEY (consultation_id, question_id))`);

/**
 * One row per consultation with its current state: the detail view and the worklists of both
 * hospitals and of each expert, with its deadlines and whether they were missed; and one row per
 * question the expert asked, with the clinician's answer.
 */
export const consultationsProjection: Projection = {
  name: 'consultations',
  version: 3,
  schema: [
    consultationsTable.ddl,
    questions.ddl,
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
  async prefetch(events, batch) {
    await batch.rows(consultationsTable).prefetch(events.map((event) => (event.data as Data).consultationId));
    const answered = events.filter((event) => event.type === 'ConsultationInformationProvided');
    await batch.rows(questions).prefetch(answered.map((event) => [(event.data as Data).consultationId, (event.data as Data).questionId]));
  },
  async apply(event: RecordedEvent, batch: ProjectionBatch) {
    const data = event.data as Data;
    const position = event.globalPosition;
    const consultations = batch.rows(consultationsTable);
    const update = positionGuardedUpdate(consultations, data.consultationId, position);
    switch (event.type) {
      case 'ConsultationRequested':
        consultations.insertIfAbsent({
          id: data.consultationId, status: 'requested', partnership_id: data.partnershipId, pairing_id: data.pairingId,
          requesting_hospital_id: data.requestingHospitalId, giving_hospital_id: data.givingHospitalId, specialty: data.specialty,
          urgency: data.urgency, requested_title: data.requestedTitle ?? null, purpose: data.purpose, case_summary: data.caseSummary,
          patient: JSON.stringify(data.patient), consent: JSON.stringify(data.consent), requested_by: data.requestedBy,
          requested_at: data.requestedAt, updated_at: data.requestedAt, last_position: position, patient_key_id: patientKeyIdOf(event),
          requested_expert_id: data.requestedExpertId ?? null, accept_due: data.clock?.acceptBy ?? null, answer_due: data.clock?.answerBy ?? null,
        });
        return;
      case 'ConsultationAccepted':
        await update({ status: 'accepted', expert_id: data.expertId, accepted_at: data.acceptedAt }, data.acceptedAt);
        return;
      case 'ConsultationDeclined':
        // Declines recorded before reasons were coded carry none: they read as `other`.
        await update({ status: 'declined', declined_at: data.declinedAt, decline_reason_code: data.reasonCode ?? 'other', decline_reason: data.reason }, data.declinedAt);
        return;
      case 'ConsultationScheduled':
        await update({ status: 'scheduled', scheduled_start: data.start, scheduled_end: data.end }, data.scheduledAt);
        return;
      case 'ConsultationRescheduled':
        await update(
          (row) => ({ status: 'scheduled', scheduled_start: data.start, scheduled_end: data.end, reschedule_count: Number(row.reschedule_count) + 1 }),
          data.rescheduledAt,
        );
        return;
      case 'ConsultationStarted':
        await update({ status: 'in-progress', started_at: data.startedAt }, data.startedAt);
        return;
      case 'ConsultationOpinionSigned':
        await update(
          { status: 'completed', completed_at: data.signedAt, opinion: data.opinion, recommendations: data.recommendations ?? null, signed_by: data.expertId },
          data.signedAt,
        );
        return;
      case 'ConsultationCancelled':
        await update({ status: 'cancelled', cancelled_at: data.cancelledAt, cancel_reason: data.reason }, data.cancelledAt);
        return;
      case 'ConsultationInformationRequested':
        await update({ status: 'information-requested' }, data.askedAt);
        batch.rows(questions).insertIfAbsent({
          consultation_id: data.consultationId, question_id: data.questionId, question: data.question, asked_by: data.askedBy,
          asked_at: data.askedAt, patient_key_id: patientKeyIdOf(event),
        });
        return;
      case 'ConsultationInformationProvided':
        await update((row) => ({ status: data.resumedStatus, answer_due: data.answerBy ?? row.answer_due }), data.answeredAt);
        await batch.rows(questions).update([data.consultationId, data.questionId], { answer: data.answer, answered_by: data.answeredBy, answered_at: data.answeredAt });
        return;
      case 'ConsultationResponseOverdue':
        await update({ accept_overdue_at: data.recordedAt }, data.recordedAt);
        return;
      case 'ConsultationOpinionOverdue':
        await update({ answer_overdue_at: data.recordedAt }, data.recordedAt);
        return;
      case 'ConsultationFeedbackGiven':
        await update({ feedback_usefulness: data.usefulness, feedback_comment: data.comment ?? null, feedback_at: data.givenAt }, data.givenAt);
        return;
      case 'PatientDataErased':
        // The same placeholders the log now decrypts to, so a rebuild equals the purged rows.
        await batch.statement(
          [consultationsTable],
          `UPDATE consultations SET patient = ?, purpose = ?, case_summary = ?,
             decline_reason = CASE WHEN decline_reason IS NULL THEN NULL ELSE ? END,
             opinion = CASE WHEN opinion IS NULL THEN NULL ELSE ? END,
             recommendations = CASE WHEN recommendations IS NULL THEN NULL ELSE ? END,
             cancel_reason = CASE WHEN cancel_reason IS NULL THEN NULL ELSE ? END,
             feedback_comment = CASE WHEN feedback_comment IS NULL THEN NULL ELSE ? END
           WHERE patient_key_id = ?`,
          [JSON.stringify(ERASED_PATIENT), ERASED_TEXT, ERASED_TEXT, ERASED_TEXT, ERASED_TEXT, ERASED_TEXT, ERASED_TEXT, ERASED_TEXT, data.keyId],
        );
        await batch.statement(
          [questions],
          `UPDATE consultation_questions SET question = ?, answer = CASE WHEN answer IS NULL THEN NULL ELSE ? END WHERE patient_key_id = ?`,
          [ERASED_TEXT, ERASED_TEXT, data.keyId],
        );
        return;
    }
  },
};
