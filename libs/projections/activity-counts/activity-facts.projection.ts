import { beijingMonth } from '@telemed/domain/core';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';

type Data = Record<string, any>;

const FACT_COLUMNS = `event_id, activity, metric, partnership_id, pairing_id, giving_hospital_id, receiving_hospital_id,
  occurred_at, period, amount`;

/** What a fact counts (`<activity>.<metric>`, e.g. `consultations.completed`), when, and how much. */
interface Counted {
  activity: 'consultations' | 'caseReviews' | 'training' | 'feedback' | 'materials';
  metric: string;
  /** Business time of the fact (requested-at, concluded-at, held-at). */
  occurredAt: string;
  amount: number;
}

/** The values of a fact before its scope: event id, activity, metric. */
const countedValues = (eventId: string, counted: Counted) => [eventId, counted.activity, counted.metric];
const timeValues = (counted: Counted) => [counted.occurredAt, beijingMonth(counted.occurredAt), counted.amount];

/** A fact whose scope the event itself names (the request that opens a case). */
function recordFact(db: SqlExecutor, eventId: string, counted: Counted, scope: Data, receivingHospitalId: string): void {
  db.write(`INSERT INTO activity_facts (${FACT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING`, [
    ...countedValues(eventId, counted),
    scope.partnershipId,
    scope.pairingId ?? null,
    scope.givingHospitalId,
    receivingHospitalId,
    ...timeValues(counted),
  ]);
}

/**
 * A fact scoped as its case's own read-model row says (those projections run first), in one
 * statement that reads the row as it writes: no answer to wait for. No row, no fact.
 */
function recordScopedFact(db: SqlExecutor, eventId: string, counted: Counted, table: string, receivingColumn: string, caseId: string): void {
  db.write(
    `INSERT INTO activity_facts (${FACT_COLUMNS})
     SELECT ?, ?, ?, partnership_id, pairing_id, giving_hospital_id, ${receivingColumn}, ?, ?, ? FROM ${table} WHERE id = ?
     ON CONFLICT (event_id) DO NOTHING`,
    [...countedValues(eventId, counted), ...timeValues(counted), caseId],
  );
}

const CONSULTATION_METRICS: Record<string, { metric: string; at: string }> = {
  ConsultationRequested: { metric: 'requested', at: 'requestedAt' },
  ConsultationOpinionSigned: { metric: 'completed', at: 'signedAt' },
  ConsultationDeclined: { metric: 'declined', at: 'declinedAt' },
  ConsultationCancelled: { metric: 'cancelled', at: 'cancelledAt' },
  // A deadline counts as missed in the period it fell due.
  ConsultationResponseOverdue: { metric: 'responseOverdue', at: 'dueAt' },
  ConsultationOpinionOverdue: { metric: 'opinionOverdue', at: 'dueAt' },
};

const CASE_REVIEW_METRICS: Record<string, { metric: string; at: string }> = {
  CaseReviewRequested: { metric: 'requested', at: 'requestedAt' },
  CaseReviewConcluded: { metric: 'concluded', at: 'concludedAt' },
  CaseReviewCancelled: { metric: 'cancelled', at: 'cancelledAt' },
  CaseReviewResponseOverdue: { metric: 'responseOverdue', at: 'dueAt' },
  CaseReviewConclusionOverdue: { metric: 'conclusionOverdue', at: 'dueAt' },
};

const TRAINING_EVENTS = ['TrainingSessionHeld', 'AttendanceRecorded'];

function recordConsultationFact(event: RecordedEvent, data: Data, db: SqlExecutor): void {
  const { metric, at } = CONSULTATION_METRICS[event.type];
  const counted: Counted = { activity: 'consultations', metric, occurredAt: data[at], amount: 1 };
  if (event.type === 'ConsultationRequested') recordFact(db, event.eventId, counted, data, data.requestingHospitalId);
  else recordScopedFact(db, event.eventId, counted, 'consultations', 'requesting_hospital_id', data.consultationId);
}

/** Each rating counts once, under its score (`usefulness-4`), in the month it was given. */
function recordFeedbackFact(event: RecordedEvent, data: Data, db: SqlExecutor): void {
  const counted: Counted = { activity: 'feedback', metric: `usefulness-${data.usefulness}`, occurredAt: data.givenAt, amount: 1 };
  recordScopedFact(db, event.eventId, counted, 'consultations', 'requesting_hospital_id', data.consultationId);
}

const MATERIAL_CASES: Record<string, { table: string; idField: string }> = {
  ConsultationMaterialAttached: { table: 'consultations', idField: 'consultationId' },
  CaseReviewMaterialAttached: { table: 'case_reviews', idField: 'caseReviewId' },
};

/** Each attachment counts once, as a file or a DICOM study reference, in the month it was attached. */
function recordMaterialFact(event: RecordedEvent, data: Data, db: SqlExecutor): void {
  const { table, idField } = MATERIAL_CASES[event.type];
  const counted: Counted = { activity: 'materials', metric: data.file ? 'files' : 'dicomStudies', occurredAt: data.attachedAt, amount: 1 };
  recordScopedFact(db, event.eventId, counted, table, 'requesting_hospital_id', data[idField]);
}

function recordCaseReviewFact(event: RecordedEvent, data: Data, db: SqlExecutor): void {
  const { metric, at } = CASE_REVIEW_METRICS[event.type];
  const counted: Counted = { activity: 'caseReviews', metric, occurredAt: data[at], amount: 1 };
  if (event.type === 'CaseReviewRequested') recordFact(db, event.eventId, counted, data, data.requestingHospitalId);
  else recordScopedFact(db, event.eventId, counted, 'case_reviews', 'requesting_hospital_id', data.caseReviewId);
}

/**
 * Sessions count when held, at their held-at time; person-times count the newcomers of each
 * attendance event, dated at the session's held-at so they land in the month it was held.
 */
async function recordTrainingFact(event: RecordedEvent, data: Data, db: SqlExecutor): Promise<void> {
  if (event.type === 'TrainingSessionHeld') {
    const counted: Counted = { activity: 'training', metric: 'sessionsHeld', occurredAt: data.heldAt, amount: 1 };
    recordScopedFact(db, event.eventId, counted, 'training_sessions', 'receiving_hospital_id', data.trainingSessionId);
    return;
  }
  const newcomers = new Set((data.attendees as Data[]).map((attendee) => attendee.staffId)).size;
  if (newcomers === 0) return;
  // The month is the session's: its held-at must be read first.
  const session = await db.get<{ heldAt: string | null }>(`SELECT held_at AS "heldAt" FROM training_sessions WHERE id = ?`, [data.trainingSessionId]);
  if (!session?.heldAt) return;
  const counted: Counted = { activity: 'training', metric: 'personTimes', occurredAt: session.heldAt, amount: newcomers };
  recordScopedFact(db, event.eventId, counted, 'training_sessions', 'receiving_hospital_id', data.trainingSessionId);
}

/**
 * The counts aid programmes report, as one row per counted event: each row carries its business
 * time, its Beijing-time month and the partnership and department pairing it belongs to, so any
 * range, period or grouping is a sum over rows and always equals a recount of the log.
 */
export const activityFactsProjection: Projection = {
  name: 'activity-facts',
  version: 3,
  schema: [
    `CREATE TABLE IF NOT EXISTS activity_facts (
       event_id TEXT PRIMARY KEY, activity TEXT NOT NULL, metric TEXT NOT NULL, partnership_id TEXT NOT NULL,
       pairing_id TEXT, giving_hospital_id TEXT NOT NULL, receiving_hospital_id TEXT NOT NULL,
       occurred_at TEXT NOT NULL, period TEXT NOT NULL, amount BIGINT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS activity_facts_by_partnership ON activity_facts (partnership_id, occurred_at)`,
    `CREATE INDEX IF NOT EXISTS activity_facts_by_time ON activity_facts (occurred_at)`,
  ],
  tables: [{ name: 'activity_facts', orderBy: 'event_id' }],
  eventTypes: [...Object.keys(CONSULTATION_METRICS), 'ConsultationFeedbackGiven', ...Object.keys(CASE_REVIEW_METRICS), ...Object.keys(MATERIAL_CASES), ...TRAINING_EVENTS],
  async apply(event: RecordedEvent, db: SqlExecutor) {
    const data = event.data as Data;
    if (Object.hasOwn(CONSULTATION_METRICS, event.type)) recordConsultationFact(event, data, db);
    else if (event.type === 'ConsultationFeedbackGiven') recordFeedbackFact(event, data, db);
    else if (Object.hasOwn(CASE_REVIEW_METRICS, event.type)) recordCaseReviewFact(event, data, db);
    else if (Object.hasOwn(MATERIAL_CASES, event.type)) recordMaterialFact(event, data, db);
    else if (TRAINING_EVENTS.includes(event.type)) await recordTrainingFact(event, data, db);
  },
};
