import type { RecordedEvent } from '@telemed/event-store/event-envelope';

type Data = Record<string, any>;

/** One counted event: the figure, the Beijing year, what it adds, and where it belongs. */
export interface CountedEvent {
  figure: string;
  eventId: string;
  year: string;
  quantity: number;
  partnershipId?: string;
  programme?: string;
  receivingHospitalId?: string;
}

const beijingYear = (instant: string) => new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 4);

/**
 * The programme report recounted from the raw log, sharing no code with the projections: only the
 * meaning of each figure as the report documents it.
 */
export function recountProgramme(events: RecordedEvent[]): CountedEvent[] {
  const partnerships = new Map<string, Data>();
  const caseOf = new Map<string, string>();
  const sessions = new Map<string, { partnershipId: string; heldAt?: string }>();
  const techniques = new Map<string, Data>();
  const consortiumLead = new Map<string, string>();
  const counted: CountedEvent[] = [];
  const count = (event: RecordedEvent, figure: string, year: string, quantity: number, partnershipId?: string) => {
    const partnership = partnershipId ? partnerships.get(partnershipId) : undefined;
    counted.push({ figure, eventId: event.eventId, year, quantity, partnershipId, programme: partnership?.programme, receivingHospitalId: partnership?.receivingHospitalId });
  };
  for (const event of events) {
    const data = event.data as Data;
    switch (event.type) {
      case 'PartnershipEstablished':
        partnerships.set(data.partnershipId, data);
        break;
      case 'ConsultationRequested':
        caseOf.set(data.consultationId, data.partnershipId);
        break;
      case 'CaseReviewRequested':
        caseOf.set(data.caseReviewId, data.partnershipId);
        break;
      case 'ConsultationOpinionSigned':
        count(event, 'consultations', beijingYear(data.signedAt), 1, caseOf.get(data.consultationId));
        break;
      case 'CaseReviewConcluded':
        count(event, 'caseReviews', beijingYear(data.concludedAt), 1, caseOf.get(data.caseReviewId));
        break;
      case 'TrainingSessionPlanned':
        sessions.set(data.trainingSessionId, { partnershipId: data.partnershipId });
        break;
      case 'TrainingSessionHeld': {
        const session = sessions.get(data.trainingSessionId)!;
        session.heldAt = data.heldAt;
        count(event, 'trainingSessions', beijingYear(data.heldAt), 1, session.partnershipId);
        break;
      }
      case 'AttendanceRecorded': {
        const session = sessions.get(data.trainingSessionId)!;
        if (data.attendees.length > 0) count(event, 'trainingPersonTimes', beijingYear(session.heldAt!), data.attendees.length, session.partnershipId);
        break;
      }
      case 'FurtherStudyStarted':
        count(event, data.kind === 'further-study' ? 'furtherStudy' : 'postgraduates', data.start.slice(0, 4), 1, data.partnershipId);
        break;
      case 'ShortVisitRecorded':
        count(event, 'shortVisits', data.start.slice(0, 4), 1, data.partnershipId);
        count(event, 'shortVisitExperts', data.start.slice(0, 4), data.expertIds.length, data.partnershipId);
        break;
      case 'PostingDispatched':
        count(event, data.kind === 'specialist' ? 'postedSpecialists' : 'managementCadres', data.plannedStart.slice(0, 4), 1, data.partnershipId);
        break;
      case 'TechniqueProposed':
        techniques.set(data.techniqueId, data);
        break;
      case 'TechniqueFirstPerformed': {
        const technique = techniques.get(data.techniqueId)!;
        count(event, 'newTechniques', data.performedOn.slice(0, 4), 1, technique.partnershipId);
        if (technique.fillsRegionalGap) count(event, 'regionalGapsFilled', data.performedOn.slice(0, 4), 1, technique.partnershipId);
        break;
      }
      case 'ResearchOutputRecorded':
        count(event, { 'grant-application': 'grantApplications', 'grant-awarded': 'grantsAwarded', paper: 'papers' }[data.kind as string]!, data.date.slice(0, 4), 1, data.partnershipId);
        break;
      case 'ConsortiumFormed':
        consortiumLead.set(data.consortiumId, data.leadHospitalId);
        counted.push({ figure: 'consortia', eventId: event.eventId, year: beijingYear(data.formedAt), quantity: 1, receivingHospitalId: data.leadHospitalId });
        break;
      case 'ConsortiumMemberJoined':
        counted.push({ figure: 'consortiumMembers', eventId: event.eventId, year: data.joinedOn.slice(0, 4), quantity: 1, receivingHospitalId: consortiumLead.get(data.consortiumId) });
        break;
    }
  }
  return counted;
}

/** Figure → year → sum, and each figure's total, as the report answers them. */
export function tabulate(counted: CountedEvent[], years: string[]): Record<string, { total: number; byYear: Record<string, number> }> {
  const table: Record<string, { total: number; byYear: Record<string, number> }> = {};
  for (const entry of counted) {
    const row = (table[entry.figure] ??= { total: 0, byYear: Object.fromEntries(years.map((year) => [year, 0])) });
    row.total += entry.quantity;
    row.byYear[entry.year] = (row.byYear[entry.year] ?? 0) + entry.quantity;
  }
  return table;
}
