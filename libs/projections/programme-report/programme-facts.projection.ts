import { beijingDateOf } from '@telemed/domain/core';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { ProjectionBatch } from '../rows/projection-batch';
import { readModelTable, type ReadModelTable } from '../rows/read-model-table';
import { consultationsTable } from '../consultations/consultations.projection';
import { caseReviewsTable } from '../case-reviews/case-reviews.projection';
import { trainingSessionsTable } from '../training/training-sessions.projection';
import { techniquesTable } from '../techniques/techniques.projection';
import { consortiaTable } from '../consortia/consortia.projection';
import type { ProgrammeFigureKey } from './programme-figures';

type Data = Record<string, any>;

const programmeFacts = readModelTable(`CREATE TABLE IF NOT EXISTS programme_facts (
       figure TEXT NOT NULL, event_id TEXT NOT NULL, event_type TEXT NOT NULL, stream_id TEXT NOT NULL,
       global_position BIGINT NOT NULL, subject_id TEXT NOT NULL, occurred_on TEXT NOT NULL, year TEXT NOT NULL,
       quantity BIGINT NOT NULL, partnership_id TEXT, giving_hospital_id TEXT, receiving_hospital_id TEXT,
       consortium_id TEXT, PRIMARY KEY (figure, event_id))`);

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
function recordFacts(batch: ProjectionBatch, event: RecordedEvent, scope: FactScope, facts: Fact[]): void {
  for (const fact of facts) {
    batch.rows(programmeFacts).insertIfAbsent({
      figure: fact.figure, event_id: event.eventId, event_type: event.type, stream_id: event.streamId, global_position: Number(event.globalPosition),
      subject_id: fact.subjectId, occurred_on: fact.occurredOn, year: fact.occurredOn.slice(0, 4), quantity: fact.quantity,
      partnership_id: scope.partnershipId, giving_hospital_id: scope.givingHospitalId, receiving_hospital_id: scope.receivingHospitalId,
      consortium_id: scope.consortiumId,
    });
  }
}

/** The scope of a case as its own read-model row says (that projection runs first); none without a row. */
async function caseScope(batch: ProjectionBatch, table: ReadModelTable, receivingColumn: string, id: string): Promise<FactScope | undefined> {
  const row = await batch.rows(table).get(id);
  if (!row) return undefined;
  return {
    partnershipId: row.partnership_id as string,
    givingHospitalId: row.giving_hospital_id as string,
    receivingHospitalId: row[receivingColumn] as string,
    consortiumId: null,
  };
}

const dateOf = (instant: string): string => beijingDateOf(instant) ?? instant.slice(0, 10);

const FURTHER_STUDY_FIGURES: Record<string, ProgrammeFigureKey> = { 'further-study': 'furtherStudy', 'in-service-postgraduate': 'postgraduates' };
const POSTING_FIGURES: Record<string, ProgrammeFigureKey> = { specialist: 'postedSpecialists', 'management-cadre': 'managementCadres' };
const RESEARCH_FIGURES: Record<string, ProgrammeFigureKey> = { 'grant-application': 'grantApplications', 'grant-awarded': 'grantsAwarded', paper: 'papers' };

async function applyEvent(event: RecordedEvent, batch: ProjectionBatch): Promise<void> {
  const data = event.data as Data;
  switch (event.type) {
    case 'ConsultationOpinionSigned': {
      const scope = await caseScope(batch, consultationsTable, 'requesting_hospital_id', data.consultationId);
      if (scope) recordFacts(batch, event, scope, [{ figure: 'consultations', subjectId: data.consultationId, occurredOn: dateOf(data.signedAt), quantity: 1 }]);
      return;
    }
    case 'CaseReviewConcluded': {
      const scope = await caseScope(batch, caseReviewsTable, 'requesting_hospital_id', data.caseReviewId);
      if (scope) recordFacts(batch, event, scope, [{ figure: 'caseReviews', subjectId: data.caseReviewId, occurredOn: dateOf(data.concludedAt), quantity: 1 }]);
      return;
    }
    case 'TrainingSessionHeld': {
      const scope = await caseScope(batch, trainingSessionsTable, 'receiving_hospital_id', data.trainingSessionId);
      if (scope) recordFacts(batch, event, scope, [{ figure: 'trainingSessions', subjectId: data.trainingSessionId, occurredOn: dateOf(data.heldAt), quantity: 1 }]);
      return;
    }
    case 'AttendanceRecorded': {
      // An attendance event carries only people new to the session: its size is its person-times.
      const newcomers = new Set((data.attendees as Data[]).map((attendee) => attendee.staffId)).size;
      const session = await batch.rows(trainingSessionsTable).get(data.trainingSessionId);
      const scope = await caseScope(batch, trainingSessionsTable, 'receiving_hospital_id', data.trainingSessionId);
      if (newcomers === 0 || !session?.held_at || !scope) return;
      recordFacts(batch, event, scope, [
        { figure: 'trainingPersonTimes', subjectId: data.trainingSessionId, occurredOn: dateOf(session.held_at as string), quantity: newcomers },
      ]);
      return;
    }
    case 'FurtherStudyStarted':
      recordFacts(batch, event, partnershipScope(data), [{ figure: FURTHER_STUDY_FIGURES[data.kind], subjectId: data.furtherStudyId, occurredOn: data.start, quantity: 1 }]);
      return;
    case 'ShortVisitRecorded':
      recordFacts(batch, event, partnershipScope(data), [
        { figure: 'shortVisits', subjectId: data.visitId, occurredOn: data.start, quantity: 1 },
        { figure: 'shortVisitExperts', subjectId: data.visitId, occurredOn: data.start, quantity: new Set(data.expertIds as string[]).size },
      ]);
      return;
    case 'PostingDispatched':
      recordFacts(batch, event, partnershipScope(data), [{ figure: POSTING_FIGURES[data.kind], subjectId: data.postingId, occurredOn: data.plannedStart, quantity: 1 }]);
      return;
    case 'TechniqueFirstPerformed': {
      const technique = await batch.rows(techniquesTable).get(data.techniqueId);
      if (!technique) return;
      const scope = { partnershipId: technique.partnership_id as string, givingHospitalId: technique.giving_hospital_id as string, receivingHospitalId: technique.receiving_hospital_id as string, consortiumId: null };
      const fact = { subjectId: data.techniqueId, occurredOn: data.performedOn, quantity: 1 };
      recordFacts(batch, event, scope, [
        { figure: 'newTechniques', ...fact },
        ...(Number(technique.fills_regional_gap) === 1 ? [{ figure: 'regionalGapsFilled' as const, ...fact }] : []),
      ]);
      return;
    }
    case 'ResearchOutputRecorded':
      recordFacts(batch, event, partnershipScope(data), [{ figure: RESEARCH_FIGURES[data.kind], subjectId: data.researchOutputId, occurredOn: data.date, quantity: 1 }]);
      return;
    case 'ConsortiumFormed':
      // A consortium counts under the hospital that leads it (the receiving hospitals lead their county consortia).
      recordFacts(batch, event, { partnershipId: null, givingHospitalId: null, receivingHospitalId: data.leadHospitalId, consortiumId: data.consortiumId }, [
        { figure: 'consortia', subjectId: data.consortiumId, occurredOn: dateOf(data.formedAt), quantity: 1 },
      ]);
      return;
    case 'ConsortiumMemberJoined': {
      const consortium = await batch.rows(consortiaTable).get(data.consortiumId);
      if (!consortium) return;
      recordFacts(batch, event, { partnershipId: null, givingHospitalId: null, receivingHospitalId: consortium.lead_hospital_id as string, consortiumId: data.consortiumId }, [
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
    programmeFacts.ddl,
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
  async prefetch(events, batch) {
    const ids = (table: ReadModelTable, types: string[], field: string) =>
      batch.rows(table).prefetch(events.filter((event) => types.includes(event.type)).map((event) => (event.data as Data)[field]));
    await ids(consultationsTable, ['ConsultationOpinionSigned'], 'consultationId');
    await ids(caseReviewsTable, ['CaseReviewConcluded'], 'caseReviewId');
    await ids(trainingSessionsTable, ['TrainingSessionHeld', 'AttendanceRecorded'], 'trainingSessionId');
    await ids(techniquesTable, ['TechniqueFirstPerformed'], 'techniqueId');
    await ids(consortiaTable, ['ConsortiumMemberJoined'], 'consortiumId');
  },
  apply: applyEvent,
};
