import { DomainError, InvalidValue, type Decider } from '@telemed/domain/core';
import { beijingDateOf, isCalendarDate } from '@telemed/domain/core/calendar-date';
import { RESEARCH_OUTPUT_KINDS, evolve, initialState, type ResearchOutputEvent, type ResearchOutputKind, type ResearchOutputState } from './research-output.events';

export interface RecordResearchOutput {
  type: 'RecordResearchOutput';
  researchOutputId: string;
  partnership: { partnershipId: string; givingHospitalId: string; receivingHospitalId: string };
  pairingId?: string;
  kind: ResearchOutputKind | string;
  title: string;
  identifier?: string;
  date: string;
  by: string;
  now: string;
}

export class ResearchOutputAlreadyRecorded extends DomainError {
  constructor(researchOutputId: string) {
    super('conflict', 'already-recorded', `research output ${researchOutputId} has already been recorded`, [], { what: 'research output', id: researchOutputId });
  }
}

/** A DOI as Crossref prints it: `10.` then a registrant code, a slash and a suffix. */
const DOI = /^10\.\d{4,9}\/\S+$/;

export function recordResearchOutput(command: RecordResearchOutput, state: ResearchOutputState): ResearchOutputEvent[] {
  if (state.status !== 'not-recorded') throw new ResearchOutputAlreadyRecorded(state.researchOutputId);
  if (!(RESEARCH_OUTPUT_KINDS as readonly unknown[]).includes(command.kind)) {
    throw new InvalidValue('kind', 'must be one of {values}', undefined, { values: RESEARCH_OUTPUT_KINDS.join(', ') });
  }
  if (typeof command.title !== 'string' || command.title.trim() === '') throw new InvalidValue('title', 'must not be empty');
  const identifier = command.identifier?.trim() || undefined;
  if (command.kind === 'paper' && identifier !== undefined && !DOI.test(identifier)) {
    throw new InvalidValue('identifier', 'a paper’s identifier must be a DOI such as 10.1000/xyz123');
  }
  if (!isCalendarDate(command.date)) throw new InvalidValue('date', 'must be a calendar date (YYYY-MM-DD)');
  const today = beijingDateOf(command.now) ?? '';
  if (command.date > today) throw new InvalidValue('date', 'must not be after today, {today}', 'in-the-future', { today });
  return [
    {
      type: 'ResearchOutputRecorded',
      data: {
        researchOutputId: command.researchOutputId,
        kind: command.kind as ResearchOutputKind,
        ...command.partnership,
        ...(command.pairingId !== undefined ? { pairingId: command.pairingId } : {}),
        title: command.title.trim(),
        ...(identifier !== undefined ? { identifier } : {}),
        date: command.date,
        recordedBy: command.by,
        recordedAt: command.now,
      },
    },
  ];
}

export const researchOutputDecider: Decider<RecordResearchOutput, ResearchOutputEvent, ResearchOutputState> = {
  decide: recordResearchOutput,
  evolve,
  initialState,
};
