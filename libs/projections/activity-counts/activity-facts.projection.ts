import { beijingMonth } from '@telemed/domain/core';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';

type Data = Record<string, any>;

/** What a fact counts: `<activity>.<metric>`, e.g. `consultations.completed`, `training.personTimes`. */
export interface ActivityFact {
  activity: 'consultations' | 'caseReviews' | 'training';
  metric: string;
  partnershipId: string;
  pairingId: string | null;
  givingHospitalId: string;
  receivingHospitalId: string;
  /** Business time of the fact (requested-at, concluded-at, held-at). */
  occurredAt: string;
  amount: number;
}

export async function recordFact(db: SqlExecutor, eventId: string, fact: ActivityFact): Promise<void> {
  await db.run(
    `INSERT INTO activity_facts (event_id, activity, metric, partnership_id, pairing_id, giving_hospital_id,
       receiving_hospital_id, occurred_at, period, amount)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING`,
    [
      eventId, fact.activity, fact.metric, fact.partnershipId, fact.pairingId, fact.givingHospitalId,
      fact.receivingHospitalId, fact.occurredAt, beijingMonth(fact.occurredAt), fact.amount,
    ],
  );
}

const CONSULTATION_METRICS: Record<string, { metric: string; at: string }> = {
  ConsultationRequested: { metric: 'requested', at: 'requestedAt' },
  ConsultationOpinionSigned: { metric: 'completed', at: 'signedAt' },
  ConsultationDeclined: { metric: 'declined', at: 'declinedAt' },
  ConsultationCancelled: { metric: 'cancelled', at: 'cancelledAt' },
};

const CASE_REVIEW_METRICS: Record<string, { metric: string; at: string }> = {
  CaseReviewRequested: { metric: 'requested', at: 'requestedAt' },
  CaseReviewConcluded: { metric: 'concluded', at: 'concludedAt' },
  CaseReviewCancelled: { metric: 'cancelled', at: 'cancelledAt' },
};

const TRAINING_EVENTS = ['TrainingSessionHeld', 'AttendanceRecorded'];

/** Where a fact belongs, as the activity's own read-model row says (those projections run first). */
type Scope = Pick<ActivityFact, 'partnershipId' | 'pairingId' | 'givingHospitalId' | 'receivingHospitalId'>;

const SCOPE_COLUMNS = `partnership_id AS "partnershipId", pairing_id AS "pairingId", giving_hospital_id AS "givingHospitalId"`;

async function recordConsultationFact(event: RecordedEvent, data: Data, db: SqlExecutor): Promise<void> {
  const counted = CONSULTATION_METRICS[event.type];
  const consultation =
    event.type === 'ConsultationRequested'
      ? data
      : await db.get<Data>(
          `SELECT ${SCOPE_COLUMNS}, requesting_hospital_id AS "requestingHospitalId" FROM consultations WHERE id = ?`,
          [data.consultationId],
        );
  if (!consultation) return;
  await recordFact(db, event.eventId, {
    activity: 'consultations',
    metric: counted.metric,
    ...scopeOf(consultation, consultation.requestingHospitalId),
    occurredAt: data[counted.at],
    amount: 1,
  });
}

async function recordCaseReviewFact(event: RecordedEvent, data: Data, db: SqlExecutor): Promise<void> {
  const counted = CASE_REVIEW_METRICS[event.type];
  const caseReview =
    event.type === 'CaseReviewRequested'
      ? data
      : await db.get<Data>(
          `SELECT ${SCOPE_COLUMNS}, requesting_hospital_id AS "requestingHospitalId" FROM case_reviews WHERE id = ?`,
          [data.caseReviewId],
        );
  if (!caseReview) return;
  await recordFact(db, event.eventId, {
    activity: 'caseReviews',
    metric: counted.metric,
    ...scopeOf(caseReview, caseReview.requestingHospitalId),
    occurredAt: data[counted.at],
    amount: 1,
  });
}

/**
 * Sessions count when held, at their held-at time; person-times count the newcomers of each
 * attendance event, dated at the session's held-at so they land in the month it was held.
 */
async function recordTrainingFact(event: RecordedEvent, data: Data, db: SqlExecutor): Promise<void> {
  const session = await db.get<Data>(
    `SELECT ${SCOPE_COLUMNS}, receiving_hospital_id AS "receivingHospitalId", held_at AS "heldAt"
     FROM training_sessions WHERE id = ?`,
    [data.trainingSessionId],
  );
  if (!session) return;
  const scope = scopeOf(session, session.receivingHospitalId);
  if (event.type === 'TrainingSessionHeld') {
    await recordFact(db, event.eventId, { activity: 'training', metric: 'sessionsHeld', ...scope, occurredAt: data.heldAt, amount: 1 });
    return;
  }
  const newcomers = new Set((data.attendees as Data[]).map((attendee) => attendee.staffId)).size;
  if (newcomers === 0 || !session.heldAt) return;
  await recordFact(db, event.eventId, { activity: 'training', metric: 'personTimes', ...scope, occurredAt: session.heldAt, amount: newcomers });
}

function scopeOf(row: Data, receivingHospitalId: string): Scope {
  return {
    partnershipId: row.partnershipId,
    pairingId: row.pairingId ?? null,
    givingHospitalId: row.givingHospitalId,
    receivingHospitalId,
  };
}

/**
 * The counts aid programmes report, as one row per counted event: each row carries its business
 * time, its Beijing-time month and the partnership and department pairing it belongs to, so any
 * range, period or grouping is a sum over rows and always equals a recount of the log.
 */
export const activityFactsProjection: Projection = {
  name: 'activity-facts',
  schema: [
    `CREATE TABLE IF NOT EXISTS activity_facts (
       event_id TEXT PRIMARY KEY, activity TEXT NOT NULL, metric TEXT NOT NULL, partnership_id TEXT NOT NULL,
       pairing_id TEXT, giving_hospital_id TEXT NOT NULL, receiving_hospital_id TEXT NOT NULL,
       occurred_at TEXT NOT NULL, period TEXT NOT NULL, amount BIGINT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS activity_facts_by_partnership ON activity_facts (partnership_id, occurred_at)`,
    `CREATE INDEX IF NOT EXISTS activity_facts_by_time ON activity_facts (occurred_at)`,
  ],
  tables: [{ name: 'activity_facts', orderBy: 'event_id' }],
  eventTypes: [...Object.keys(CONSULTATION_METRICS), ...Object.keys(CASE_REVIEW_METRICS), ...TRAINING_EVENTS],
  async apply(event: RecordedEvent, db: SqlExecutor) {
    const data = event.data as Data;
    if (Object.hasOwn(CONSULTATION_METRICS, event.type)) await recordConsultationFact(event, data, db);
    else if (Object.hasOwn(CASE_REVIEW_METRICS, event.type)) await recordCaseReviewFact(event, data, db);
    else if (TRAINING_EVENTS.includes(event.type)) await recordTrainingFact(event, data, db);
  },
};
