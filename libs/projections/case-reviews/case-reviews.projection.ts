import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { ERASED_PATIENT, ERASED_TEXT, patientKeyIdOf } from '@telemed/event-store/encryption/patient-data-fields';
import type { Projection } from '../projection';
import type { ProjectionBatch } from '../rows/projection-batch';
import { readModelTable } from '../rows/read-model-table';
import { positionGuardedUpdate } from '../position-guarded-update';

type Data = Record<string, any>;

export const caseReviewsTable = readModelTable(`CREATE TABLE IF NOT EXISTS case_reviews (
       id TEXT PRIMARY KEY, status TEXT NOT NULL, partnership_id TEXT NOT NULL, pairing_id TEXT,
       requesting_hospital_id TEXT NOT NULL, giving_hospital_id TEXT NOT NULL, specialties TEXT NOT NULL,
       purpose TEXT NOT NULL, case_summary TEXT NOT NULL, patient TEXT NOT NULL, consent TEXT NOT NULL,
       requested_by TEXT NOT NULL, requested_at TEXT NOT NULL, scheduled_start TEXT, scheduled_end TEXT,
       reschedule_count BIGINT NOT NULL DEFAULT 0, started_at TEXT, started_by TEXT,
       concluded_at TEXT, conclusion TEXT, concluded_by TEXT, cancelled_at TEXT, cancel_reason TEXT, cancelled_by TEXT,
       updated_at TEXT NOT NULL, last_position BIGINT NOT NULL, patient_key_id TEXT,
       urgency TEXT NOT NULL DEFAULT 'routine', accept_due TEXT, accept_met_at TEXT, accept_overdue_at TEXT,
       answer_due TEXT, answer_overdue_at TEXT)`);
const panel = readModelTable(`CREATE TABLE IF NOT EXISTS case_review_panel (
       case_review_id TEXT NOT NULL, expert_id TEXT NOT NULL, hospital_id TEXT NOT NULL, specialty TEXT NOT NULL,
       answer TEXT NOT NULL, reason TEXT, invited_by TEXT NOT NULL, invited_at TEXT NOT NULL, answered_at TEXT,
       invitation_position BIGINT NOT NULL, PRIMARY KEY (case_review_id, expert_id))`);
const contributions = readModelTable(`CREATE TABLE IF NOT EXISTS case_review_contributions (
       event_id TEXT PRIMARY KEY, case_review_id TEXT NOT NULL, expert_id TEXT NOT NULL, opinion TEXT NOT NULL,
       recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL, position BIGINT NOT NULL)`);

/**
 * Case discussions: one row per case review with its current state and its deadlines (met when the
 * first invited expert accepts and when the panel concludes, or recorded overdue), one row per
 * invited expert with their answer, and one row per recorded contribution.
 */
export const caseReviewsProjection: Projection = {
  name: 'case-reviews',
  version: 2,
  schema: [
    caseReviewsTable.ddl,
    `CREATE INDEX IF NOT EXISTS case_reviews_by_patient_key ON case_reviews (patient_key_id)`,
    `CREATE INDEX IF NOT EXISTS case_reviews_by_requesting ON case_reviews (requesting_hospital_id, requested_at, id)`,
    `CREATE INDEX IF NOT EXISTS case_reviews_by_requested_at ON case_reviews (requested_at, id)`,
    panel.ddl,
    `CREATE INDEX IF NOT EXISTS case_review_panel_by_expert ON case_review_panel (expert_id, case_review_id)`,
    contributions.ddl,
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
  async prefetch(events, batch) {
    await batch.rows(caseReviewsTable).prefetch(events.map((event) => (event.data as Data).caseReviewId));
    const answers = events.filter((event) => event.type === 'InvitationAccepted' || event.type === 'InvitationDeclined');
    await batch.rows(panel).prefetch(answers.map((event) => [(event.data as Data).caseReviewId, (event.data as Data).expertId]));
  },
  async apply(event: RecordedEvent, batch: ProjectionBatch) {
    const data = event.data as Data;
    const position = event.globalPosition;
    const caseReviews = batch.rows(caseReviewsTable);
    const update = positionGuardedUpdate(caseReviews, data.caseReviewId, position);
    switch (event.type) {
      case 'CaseReviewRequested':
        caseReviews.insertIfAbsent({
          id: data.caseReviewId, status: 'requested', partnership_id: data.partnershipId, pairing_id: data.pairingId ?? null,
          requesting_hospital_id: data.requestingHospitalId, giving_hospital_id: data.givingHospitalId, specialties: JSON.stringify(data.specialties),
          purpose: data.purpose, case_summary: data.caseSummary, patient: JSON.stringify(data.patient), consent: JSON.stringify(data.consent),
          requested_by: data.requestedBy, requested_at: data.requestedAt, updated_at: data.requestedAt, last_position: position,
          patient_key_id: patientKeyIdOf(event),
          // Requests recorded before case reviews had an urgency or a clock read as routine, with no deadlines.
          urgency: data.urgency ?? 'routine', accept_due: data.clock?.acceptBy ?? null, answer_due: data.clock?.answerBy ?? null,
        });
        return;
      case 'PanelistsInvited':
        for (const expert of data.experts as Data[]) {
          batch.rows(panel).insertIfAbsent({
            case_review_id: data.caseReviewId, expert_id: expert.expertId, hospital_id: expert.hospitalId, specialty: expert.specialty,
            answer: 'pending', invited_by: data.invitedBy, invited_at: data.invitedAt, invitation_position: position,
          });
        }
        await update({}, data.invitedAt);
        return;
      case 'InvitationAccepted':
        await answer(batch, data, 'accepted', null, data.acceptedAt);
        // The first acceptance is the panel's response to the request.
        await update((row) => ({ accept_met_at: row.accept_met_at ?? data.acceptedAt }), data.acceptedAt);
        return;
      case 'InvitationDeclined':
        await answer(batch, data, 'declined', data.reason, data.declinedAt);
        await update({}, data.declinedAt);
        return;
      case 'CaseReviewScheduled':
        await update({ status: 'scheduled', scheduled_start: data.start, scheduled_end: data.end }, data.scheduledAt);
        return;
      case 'CaseReviewRescheduled':
        await update(
          (row) => ({ status: 'scheduled', scheduled_start: data.start, scheduled_end: data.end, reschedule_count: Number(row.reschedule_count) + 1 }),
          data.rescheduledAt,
        );
        return;
      case 'CaseReviewStarted':
        await update({ status: 'in-progress', started_at: data.startedAt, started_by: data.startedBy }, data.startedAt);
        return;
      case 'ContributionRecorded':
        batch.rows(contributions).insertIfAbsent({
          event_id: event.eventId, case_review_id: data.caseReviewId, expert_id: data.expertId, opinion: data.opinion,
          recorded_by: data.recordedBy, recorded_at: data.recordedAt, position,
        });
        await update({}, data.recordedAt);
        return;
      case 'CaseReviewConcluded':
        await update({ status: 'concluded', concluded_at: data.concludedAt, conclusion: data.conclusion, concluded_by: data.concludedBy }, data.concludedAt);
        return;
      case 'CaseReviewCancelled':
        await update({ status: 'cancelled', cancelled_at: data.cancelledAt, cancel_reason: data.reason, cancelled_by: data.cancelledBy }, data.cancelledAt);
        return;
      case 'CaseReviewResponseOverdue':
        await update({ accept_overdue_at: data.recordedAt }, data.recordedAt);
        return;
      case 'CaseReviewConclusionOverdue':
        await update({ answer_overdue_at: data.recordedAt }, data.recordedAt);
        return;
      case 'PatientDataErased':
        await purgePatient(batch, data.keyId);
        return;
    }
  },
};

/** The same placeholders the log now decrypts to, so a rebuild equals the purged rows. */
async function purgePatient(batch: ProjectionBatch, keyId: string) {
  const ofPatient = 'SELECT id FROM case_reviews WHERE patient_key_id = ?';
  await batch.statement(
    [caseReviewsTable],
    `UPDATE case_reviews SET patient = ?, purpose = ?, case_summary = ?,
       conclusion = CASE WHEN conclusion IS NULL THEN NULL ELSE ? END,
       cancel_reason = CASE WHEN cancel_reason IS NULL THEN NULL ELSE ? END
     WHERE patient_key_id = ?`,
    [JSON.stringify(ERASED_PATIENT), ERASED_TEXT, ERASED_TEXT, ERASED_TEXT, ERASED_TEXT, keyId],
  );
  await batch.statement([panel], `UPDATE case_review_panel SET reason = CASE WHEN reason IS NULL THEN NULL ELSE ? END WHERE case_review_id IN (${ofPatient})`, [
    ERASED_TEXT,
    keyId,
  ]);
  await batch.statement([contributions], `UPDATE case_review_contributions SET opinion = ? WHERE case_review_id IN (${ofPatient})`, [ERASED_TEXT, keyId]);
}

async function answer(batch: ProjectionBatch, data: Data, value: 'accepted' | 'declined', reason: string | null, at: string) {
  await batch.rows(panel).update([data.caseReviewId, data.expertId], { answer: value, reason, answered_at: at });
}
