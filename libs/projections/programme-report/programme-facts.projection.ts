import { beijingDateOf } from '@telemed/domain/core';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';
import type { ProgrammeFigureKey } from './programme-figures';

type Data = Record<string, any>;

/** Where a fact belongs: the partnership and its two hospitals, or the consortium and its lead hospital. */
interface FactScope {
  partnershipId: string | null;
  givingHospitalId: string | null;
  receivingHospitalId: string | null;
  consortiumId: string | null;
}

interface Fact {
  figure: ProgrammeFigureKey;
  /** The record the event is about: a consultation, a posting, a consortium... */
  subjectId: string;
  /** The Beijing calendar date the fact counts on. */
  occurredOn: string;
  quantity: number;
}

function partnershipScope(data: Data): FactScope {
  return {
    partnershipId: data.partnershipId,
    givingHospitalId: data.givingHospitalId,
    receivingHospitalId: data.receivingHospitalId,
    consortiumId: null,
  };
}

/**
 * A fact keeps only what its own event and its own activity's row say. The programme its partnership
 * belongs to is the network's, read when the report is asked for: through Kafka the network's topic
 * may not have reached the projector yet when an activity's fact is written.
 */
function recordFacts(db: SqlExecutor, event: RecordedEvent, scope: FactScope, facts: Fact[]): void {
  for (const fact of facts) {
    db.write(
      `INSERT INTO programme_facts (figure, event_id, event_type, stream_id, global_position, subject_id, occurred_on, year, quantity,
         partnership_id, giving_hospital_id, receiving_hospital_id, consortium_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (figure, event_id) DO NOTHING`,
      [
        fact.figure, event.eventId, event.type, event.streamId, Number(event.globalPosition), fact.subjectId, fact.occurredOn,
        fact.occurredOn.slice(0, 4), fact.quantity, scope.partnershipId, scope.givingHospitalId,
        scope.receivingHospitalId, scope.consortiumId,
      ],
    );
  }
}

/** The scope of a case as its own read-model row says (that projection runs first); none without a row. */
async function caseScope(db: SqlExecutor, table: string, receivingColumn: string, id: string): Promise<FactScope | undefined> {
  const row = await db.get<Data>(
    `SELECT partnership_id, giving_hospital_id, ${receivingColumn} AS receiving_hospital_id FROM ${table} WHERE id = ?`,
    [id],
  );
  if (!row) return undefined;
  return { partnershipId: row.partnership_id, givingHospitalId: row.giving_hospital_id, receivingHospitalId: row.receiving_hospital_id, consortiumId: null };
}

const dateOf = (instant: string): string => beijingDateOf(instant) ?? instant.slice(0, 10);

const FURTHER_STUDY_FIGURES: Record<string, ProgrammeFigureKey> = { 'further-study': 'furtherStudy', 'in-service-postgraduate': 'postgraduates' };
const POSTING_FIGURES: Record<string, ProgrammeFigureKey> = { specialist: 'postedSpecialists', 'management-cadre': 'managementCadres' };
const RESEARCH_FIGURES: Record<string, ProgrammeFigureKey> = { 'grant-application': 'grantApplications', 'grant-awarded': 'grantsAwarded', paper: 'papers' };

async function applyEvent(event: RecordedEvent, db: SqlExecutor): Promise<void> {
  const data = event.data as Data;
  switch (event.type) {
    case 'ConsultationOpinionSigned': {
      const scope = await caseScope(db, 'consultations', 'requesting_hospital_id', data.consultationId);
      if (scope) recordFacts(db, event, scope, [{ figure: 'consultations', subjectId: data.consultationId, occurredOn: dateOf(data.signedAt), quantity: 1 }]);
      return;
    }
    case 'CaseReviewConcluded': {
      const scope = await caseScope(db, 'case_reviews', 'requesting_hospital_id', data.caseReviewId);
      if (scope) recordFacts(db, event, scope, [{ figure: 'caseReviews', subjectId: data.caseReviewId, occurredOn: dateOf(data.concludedAt), quantity: 1 }]);
      return;
    }
    case 'TrainingSessionHeld': {
      const scope = await caseScope(db, 'training_sessions', 'receiving_hospital_id', data.trainingSessionId);
      if (scope) recordFacts(db, event, scope, [{ figure: 'trainingSessions', subjectId: data.trainingSessionId, occurredOn: dateOf(data.heldAt), quantity: 1 }]);
      return;
    }
    case 'AttendanceRecorded': {
      // An attendance event carries only people new to the session: its size is its person-times.
      const newcomers = new Set((data.attendees as Data[]).map((attendee) => attendee.staffId)).size;
      const session = await db.get<Data>(`SELECT held_at FROM training_sessions WHERE id = ?`, [data.trainingSessionId]);
      const scope = await caseScope(db, 'training_sessions', 'receiving_hospital_id', data.trainingSessionId);
      if (newcomers === 0 || !session?.held_at || !scope) return;
      recordFacts(db, event, scope, [
        { figure: 'trainingPersonTimes', subjectId: data.trainingSessionId, occurredOn: dateOf(session.held_at), quantity: newcomers },
      ]);
      return;
    }
    case 'FurtherStudyStarted':
      recordFacts(db, event, partnershipScope(data), [{ figure: FURTHER_STUDY_FIGURES[data.kind], subjectId: data.furtherStudyId, occurredOn: data.start, quantity: 1 }]);
      return;
    case 'ShortVisitRecorded':
      recordFacts(db, event, partnershipScope(data), [
        { figure: 'shortVisits', subjectId: data.visitId, occurredOn: data.start, quantity: 1 },
        { figure: 'shortVisitExperts', subjectId: data.visitId, occurredOn: data.start, quantity: new Set(data.expertIds as string[]).size },
      ]);
      return;
    case 'PostingDispatched':
      recordFacts(db, event, partnershipScope(data), [{ figure: POSTING_FIGURES[data.kind], subjectId: data.postingId, occurredOn: data.plannedStart, quantity: 1 }]);
      return;
    case 'TechniqueFirstPerformed': {
      const technique = await db.get<Data>(
        `SELECT partnership_id, giving_hospital_id, receiving_hospital_id, fills_regional_gap FROM techniques WHERE id = ?`,
        [data.techniqueId],
      );
      if (!technique) return;
      const scope = { partnershipId: technique.partnership_id, givingHospitalId: technique.giving_hospital_id, receivingHospitalId: technique.receiving_hospital_id, consortiumId: null };
      const fact = { subjectId: data.techniqueId, occurredOn: data.performedOn, quantity: 1 };
      recordFacts(db, event, scope, [
        { figure: 'newTechniques', ...fact },
        ...(Number(technique.fills_regional_gap) === 1 ? [{ figure: 'regionalGapsFilled' as const, ...fact }] : []),
      ]);
      return;
    }
    case 'ResearchOutputRecorded':
      recordFacts(db, event, partnershipScope(data), [{ figure: RESEARCH_FIGURES[data.kind], subjectId: data.researchOutputId, occurredOn: data.date, quantity: 1 }]);
      return;
    case 'ConsortiumFormed':
      // A consortium counts under the hospital that leads it (the receiving hospitals lead their county consortia).
      recordFacts(db, event, { partnershipId: null, givingHospitalId: null, receivingHospitalId: data.leadHospitalId, consortiumId: data.consortiumId }, [
        { figure: 'consortia', subjectId: data.consortiumId, occurredOn: dateOf(data.formedAt), quantity: 1 },
      ]);
      return;
    case 'ConsortiumMemberJoined': {
      const consortium = await db.get<Data>(`SELECT lead_hospital_id FROM consortia WHERE id = ?`, [data.consortiumId]);
      if (!consortium) return;
      recordFacts(db, event, { partnershipId: null, givingHospitalId: null, receivingHospitalId: consortium.lead_hospital_id, consortiumId: data.consortiumId }, [
        { figure: 'consortiumMembers', subjectId: data.hospitalId, occurredOn: data.joinedOn, quantity: 1 },
      ]);
      return;
    }
  }
}

/**
 * The programme report's facts: one row per figure an event counts towards, with the quantity it
 * adds, the Beijing date it counts on and where it belongs. Every figure of the report is a sum of
 * these rows, and the rows of a figure are the events behind it (its drill-down).
 */
export const programmeFactsProjection: Projection = {
  name: 'programme-facts',
  version: 2,
  schema: [
    `CREATE TABLE IF NOT EXISTS programme_facts (
       figure TEXT NOT NULL, event_id TEXT NOT NULL, event_type TEXT NOT NULL, stream_id TEXT NOT NULL,
       global_position BIGINT NOT NULL, subject_id TEXT NOT NULL, occurred_on TEXT NOT NULL, year TEXT NOT NULL,
       quantity BIGINT NOT NULL, partnership_id TEXT, giving_hospital_id TEXT, receiving_hospital_id TEXT,
       consortium_id TEXT, PRIMARY KEY (figure, event_id))`,
    `CREATE INDEX IF NOT EXISTS programme_facts_by_figure ON programme_facts (figure, occurred_on, global_position)`,
    `CREATE INDEX IF NOT EXISTS programme_facts_by_partnership ON programme_facts (partnership_id, occurred_on)`,
  ],
  tables: [{ name: 'programme_facts', orderBy: 'figure, event_id' }],
  eventTypes: [
    'ConsultationOpinionSigned',
    'CaseReviewConcluded',
    'TrainingSessionHeld',
    'AttendanceRecorded',
    'FurtherStudyStarted',
    'ShortVisitRecorded',
    'PostingDispatched',
    'TechniqueFirstPerformed',
    'ResearchOutputRecorded',
    'ConsortiumFormed',
    'ConsortiumMemberJoined',
  ],
  apply: applyEvent,
};
