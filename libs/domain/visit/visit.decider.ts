import { InvalidValue, type Decider } from '@telemed/domain/core';
import { beijingDateOf, isCalendarDate } from '@telemed/domain/core/calendar-date';
import { VisitAlreadyRecorded, VisitNotOverYet, VisitPartnershipInactive } from './visit.errors';
import {
  VISIT_KINDS,
  VISIT_OUTCOMES,
  evolve,
  initialState,
  type VisitEvent,
  type VisitKind,
  type VisitOutcomes,
  type VisitState,
} from './visit.events';

/** The facts about the partnership that the application layer loads before recording. */
export interface VisitPartnershipFacts {
  partnershipId: string;
  givingHospitalId: string;
  receivingHospitalId: string;
  /** Whether the partnership was in force on the visit's first day. */
  activeOnStart: boolean;
}

export interface RecordShortVisit {
  type: 'RecordShortVisit';
  visitId: string;
  partnership: VisitPartnershipFacts;
  kind: VisitKind | string;
  expertIds: string[];
  start: string;
  end: string;
  place?: string;
  outcomes?: Partial<VisitOutcomes>;
  recordedBy: string;
  now: string;
}

export type VisitCommand = RecordShortVisit;

export function recordShortVisit(command: RecordShortVisit, state: VisitState): VisitEvent[] {
  if (state.status !== 'not-recorded') throw new VisitAlreadyRecorded(state.visitId);
  if (!(VISIT_KINDS as readonly unknown[]).includes(command.kind)) {
    throw new InvalidValue('kind', 'must be one of {values}', undefined, { values: VISIT_KINDS.join(', ') });
  }
  const expertIds = [...new Set(command.expertIds.map((id) => id.trim()))];
  if (expertIds.length === 0 || expertIds.includes('')) throw new InvalidValue('expertIds', 'name at least one expert, none blank');
  if (!isCalendarDate(command.start)) throw new InvalidValue('start', 'must be a calendar date (YYYY-MM-DD)');
  if (!isCalendarDate(command.end)) throw new InvalidValue('end', 'must be a calendar date (YYYY-MM-DD)');
  if (command.end < command.start) throw new InvalidValue('end', 'must not be before start', 'ends-before-it-starts');
  const outcomes = outcomesOf(command.outcomes ?? {});
  const today = beijingDateOf(command.now) ?? '';
  if (command.end > today) throw new VisitNotOverYet(command.end);
  if (!command.partnership.activeOnStart) throw new VisitPartnershipInactive(command.partnership.partnershipId);
  const place = command.place?.trim();
  const { partnershipId, givingHospitalId, receivingHospitalId } = command.partnership;
  return [
    {
      type: 'ShortVisitRecorded',
      data: {
        visitId: command.visitId,
        partnershipId,
        givingHospitalId,
        receivingHospitalId,
        kind: command.kind as VisitKind,
        expertIds,
        start: command.start,
        end: command.end,
        ...(place ? { place } : {}),
        outcomes,
        recordedBy: command.recordedBy,
        recordedAt: command.now,
      },
    },
  ];
}

function outcomesOf(given: Partial<VisitOutcomes>): VisitOutcomes {
  const outcomes = { clinicsHeld: 0, patientsSeen: 0, operationsGuided: 0, lectures: 0 };
  for (const key of VISIT_OUTCOMES) {
    const value = given[key] ?? 0;
    if (!Number.isSafeInteger(value) || value < 0) throw new InvalidValue(`outcomes.${key}`, 'must be a whole number, 0 or more');
    outcomes[key] = value;
  }
  return outcomes;
}

export const visitDecider: Decider<VisitCommand, VisitEvent, VisitState> = {
  decide: (command, state) => recordShortVisit(command, state),
  evolve,
  initialState,
};
