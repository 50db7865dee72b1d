import { beijingMonth } from '@telemed/domain/core';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { ProjectionBatch } from '../rows/projection-batch';
import { readModelTable, type ReadModelTable } from '../rows/read-model-table';
import { consultationsTable } from '../consultations/consultations.projection';
import { caseReviewsTable } from '../case-reviews/case-reviews.projection';
import { trainingSessionsTable } from '../training/training-sessions.projection';

type Data = Record<string, any>;

const facts = readModelTable(`CREATE TABLE IF NOT EXISTS activity_facts (
       event_id TEXT PRIMARY KEY, activity TEXT NOT NULL, metric TEXT NOT NULL, partnership_id TEXT NOT NULL,
       pairing_id TEXT, giving_hospital_id TEXT NOT NULL, receiving_hospital_id TEXT NOT NULL,
       occurred_at TEXT NOT NULL, period TEXT NOT NULL, amount BIGINT NOT NULL)`);

/** What a fact counts (`<activity>.<metric>`, e.g. `consultations.completed`), when, and how much. */
interface Counted {
  activity: 'consultations' | 'caseReviews' | 'training' | 'feedback' | 'materials';
  metric: string;
  /** Business time of the fact (requested-at, concluded-at, held-at). */
  occurredAt: string;
  amount: number;
}

const countedValues = (eventId: string, counted: Counted) => ({
  event_id: eventId,
  activity: counted.activity,
  metric: counted.metric,
  occurred_at: counted.occurredAt,
  period: beijingMonth(counted.occurredAt),
  amount: counted.amount,
});

/** A fact whose scope the event itself names (the request that opens a case). */
function recordFact(batch: ProjectionBatch, eventId: string, counted: Counted, scope: Data, receivingHospitalId: string): void {
  batch.rows(facts).insertIfAbsent({
    ...countedValues(eventId, counted),
    partnership_id: scope.partnershipId,
    pairing_id: scope.pairingId ?? null,
    giving_hospital_id: scope.givingHospitalId,
    receiving_hospital_id: receivingHospitalId,
  });
}

/** A fact scoped as its case's own read-model row says (those projections run first). No row, no fact. */
async function recordScopedFact(batch: ProjectionBatch, eventId: string, counted: Counted, table: ReadModelTable, receivingColumn: string, caseId: string): Promise<void> {
  const row = await batch.rows(table).get(caseId);
  if (!row) return;
  batch.rows(facts).insertIfAbsent({
    ...countedValues(eventId, counted),
    partnership_id: row.partnership_id,
    pairing_id: row.pairing_id,
    giving_hospital_id: row.giving_hospital_id,
    receiving_hospital_id: row[receivingColumn],
  });
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

async function recordConsultationFact(event: RecordedEvent, data: Data, batch: ProjectionBatch): Promise<void> {
  const { metric, at } = CONSULTATION_METRICS[event.type];
  const counted: Counted = { activity: 'consultations', metric, occurredAt: data[at], amount: 1 };
  if (event.type === 'ConsultationRequested') recordFact(batch, event.eventId, counted, data, data.requestingHospitalId);
  else await recordScopedFact(batch, event.eventId, counted, consultationsTable, 'requesting_hospital_id', data.consultationId);
}

/** Each rating counts once, under its score (`usefulness-4`), in the month it was given. */
async function recordFeedbackFact(event: RecordedEvent, data: Data, batch: ProjectionBatch): Promise<void> {
  const counted: Counted = { activity: 'feedback', metric: `usefulness-${data.usefulness}`, occurredAt: data.givenAt, amount: 1 };
  await recordScopedFact(batch, event.eventId, counted, consultationsTable, 'requesting_hospital_id', data.consultationId);
}

const MATERIAL_CASES: Record<string, { table: ReadModelTable; idField: string }> = {
  ConsultationMaterialAttached: { table: consultationsTable, idField: 'consultationId' },
  CaseReviewMaterialAttached: { table: caseReviewsTable, idField: 'caseReviewId' },
};

/** Each attachment counts once, as a file or a DICOM study reference, in the month it was attached. */
async function recordMaterialFact(event: RecordedEvent, data: Data, batch: ProjectionBatch): Promise<void> {
  const { table, idField } = MATERIAL_CASES[event.type];
  const counted: Counted = { activity: 'materials', metric: data.file ? 'files' : 'dicomStudies', occurredAt: data.attachedAt, amount: 1 };
  await recordScopedFact(batch, event.eventId, counted, table, 'requesting_hospital_id', data[idField]);
}

async function recordCaseReviewFact(event: RecordedEvent, data: Data, batch: ProjectionBatch): Promise<void> {
  const { metric, at } = CASE_REVIEW_METRICS[event.type];
  const counted: Counted = { activity: 'caseReviews', metric, occurredAt: data[at], amount: 1 };
  if (event.type === 'CaseReviewRequested') recordFact(batch, event.eventId, counted, data, data.requestingHospitalId);
  else await recordScopedFact(batch, event.eventId, counted, caseReviewsTable, 'requesting_hospital_id', data.caseReviewId);
}

/**
 * Sessions count when held, at their held-at time; person-times count the newcomers of each
 * attendance event, dated at the session's held-at so they land in the month it was held.
 */
async function recordTrainingFact(event: RecordedEvent, data: Data, batch: ProjectionBatch): Promise<void> {
  if (event.type === 'TrainingSessionHeld') {
    const counted: Counted = { activity: 'training', metric: 'sessionsHeld', occurredAt: data.heldAt, amount: 1 };
    await recordScopedFact(batch, event.eventId, counted, trainingSessionsTable, 'receiving_hospital_id', data.trainingSessionId);
    return;
  }
  const newcomers = new Set((data.attendees as Data[]).map((attendee) => attendee.staffId)).size;
  if (newcomers === 0) return;
  // The month is the session's held-at.
  const session = await batch.rows(trainingSessionsTable).get(data.trainingSessionId);
  if (!session?.held_at) return;
  const counted: Counted = { activity: 'training', metric: 'personTimes', occurredAt: session.held_at as string, amount: newcomers };
  await recordScopedFact(batch, event.eventId, counted, trainingSessionsTable, 'receiving_hospital_id', data.trainingSessionId);
}

/** The case row each event's fact is scoped by, if any. */
function scopingCase(event: RecordedEvent): [ReadModelTable, string] | undefined {
  const data = event.data as Data;
  if (event.type === 'ConsultationRequested' || event.type === 'CaseReviewRequested') return undefined;
  if (Object.hasOwn(CONSULTATION_METRICS, event.type) || event.type === 'ConsultationFeedbackGiven') return [consultationsTable, data.consultationId];
  if (Object.hasOwn(CASE_REVIEW_METRICS, event.type)) return [caseReviewsTable, data.caseReviewId];
  if (Object.hasOwn(MATERIAL_CASES, event.type)) return [MATERIAL_CASES[event.type].table, data[MATERIAL_CASES[event.type].idField]];
  return [trainingSessionsTable, data.trainingSessionId];
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
    facts.ddl,
    `CREATE INDEX IF NOT EXISTS activity_facts_by_partnership ON activity_facts (partnership_id, occurred_at)`,
    `CREATE INDEX IF NOT EXISTS activity_facts_by_time ON activity_facts (occurred_at)`,
  ],
  tables: [{ name: 'activity_facts', orderBy: 'event_id' }],
  eventTypes: [...Object.keys(CONSULTATION_METRICS), 'ConsultationFeedbackGiven', ...Object.keys(CASE_REVIEW_METRICS), ...Object.keys(MATERIAL_CASES), ...TRAINING_EVENTS],
  async prefetch(events, batch) {
    for (const table of [consultationsTable, caseReviewsTable, trainingSessionsTable]) {
      const ids = events.map(scopingCase).filter((scoping) => scoping?.[0] === table).map((scoping) => scoping![1]);
      await batch.rows(table).prefetch(ids);
    }
  },
  async apply(event: RecordedEvent, batch: ProjectionBatch) {
    const data = event.data as Data;
    if (Object.hasOwn(CONSULTATION_METRICS, event.type)) await recordConsultationFact(event, data, batch);
    else if (event.type === 'ConsultationFeedbackGiven') await recordFeedbackFact(event, data, batch);
    else if (Object.hasOwn(CASE_REVIEW_METRICS, event.type)) await recordCaseReviewFact(event, data, batch);
    else if (Object.hasOwn(MATERIAL_CASES, event.type)) await recordMaterialFact(event, data, batch);
    else if (TRAINING_EVENTS.includes(event.type)) await recordTrainingFact(event, data, batch);
  },
};
