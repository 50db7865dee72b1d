import { IllegalTransition, InvalidValue, type Decider } from '@telemed/domain/core';
import { beijingDateOf, isCalendarDate } from '@telemed/domain/core/calendar-date';
import { CasesAlreadyRecorded, PerformedBeforeProposed, TechniqueAlreadyProposed, TechniqueNotFound } from './technique.errors';
import { evolve, initialState, type TechniqueEvent, type TechniqueState } from './technique.events';

export interface TechniquePairingFacts {
  pairingId: string;
  partnershipId: string;
  givingHospitalId: string;
  receivingHospitalId: string;
}

export interface ProposeTechnique {
  type: 'ProposeTechnique';
  techniqueId: string;
  pairing: TechniquePairingFacts;
  name: string;
  fillsRegionalGap?: boolean;
  /** Today (Beijing) unless given. */
  proposedOn?: string;
  by: string;
  now: string;
}
export interface RecordFirstPerformance {
  type: 'RecordFirstPerformance';
  performedOn: string;
  supervisingExpertId: string;
  by: string;
  now: string;
}
export interface RecordTechniqueCases {
  type: 'RecordTechniqueCases';
  period: string;
  count: number;
  by: string;
  now: string;
}
export type TechniqueCommand = ProposeTechnique | RecordFirstPerformance | RecordTechniqueCases;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function proposeTechnique(command: ProposeTechnique, state: TechniqueState): TechniqueEvent[] {
  if (state.status !== 'not-proposed') throw new TechniqueAlreadyProposed(state.techniqueId);
  if (typeof command.name !== 'string' || command.name.trim() === '') throw new InvalidValue('name', 'must not be empty');
  const today = beijingDateOf(command.now) ?? '';
  const proposedOn = command.proposedOn ?? today;
  requireDay('proposedOn', proposedOn, today);
  const { pairingId, partnershipId, givingHospitalId, receivingHospitalId } = command.pairing;
  return [
    {
      type: 'TechniqueProposed',
      data: {
        techniqueId: command.techniqueId,
        pairingId,
        partnershipId,
        givingHospitalId,
        receivingHospitalId,
        name: command.name.trim(),
        fillsRegionalGap: command.fillsRegionalGap === true,
        proposedOn,
        proposedBy: command.by,
        proposedAt: command.now,
      },
    },
  ];
}

export function recordFirstPerformance(command: RecordFirstPerformance, state: TechniqueState): TechniqueEvent[] {
  if (state.status === 'not-proposed') throw new TechniqueNotFound();
  if (state.status !== 'proposed') throw new IllegalTransition('technique', 'record the first performance of', state.status);
  requireDay('at', command.performedOn, beijingDateOf(command.now) ?? '');
  if (command.performedOn < state.proposedOn) throw new PerformedBeforeProposed(state.proposedOn);
  if (typeof command.supervisingExpertId !== 'string' || command.supervisingExpertId.trim() === '') {
    throw new InvalidValue('supervisingExpertId', 'must not be empty');
  }
  const { performedOn, supervisingExpertId, by: recordedBy, now: recordedAt } = command;
  return [{ type: 'TechniqueFirstPerformed', data: { techniqueId: state.techniqueId, performedOn, supervisingExpertId, recordedBy, recordedAt } }];
}

export function recordTechniqueCases(command: RecordTechniqueCases, state: TechniqueState): TechniqueEvent[] {
  if (state.status === 'not-proposed') throw new TechniqueNotFound();
  if (state.status !== 'performed') throw new IllegalTransition('technique', 'record cases of', state.status);
  if (!MONTH.test(command.period)) throw new InvalidValue('period', 'must be a month (YYYY-MM)');
  const firstMonth = (state.performedOn ?? '').slice(0, 7);
  const thisMonth = (beijingDateOf(command.now) ?? '').slice(0, 7);
  if (command.period < firstMonth) throw new InvalidValue('period', 'must not be before the first performance, {firstMonth}', 'before-first-performance', { firstMonth });
  if (command.period > thisMonth) throw new InvalidValue('period', 'must not be after this month, {thisMonth}', 'in-the-future', { thisMonth });
  if (!Number.isSafeInteger(command.count) || command.count < 1) throw new InvalidValue('count', 'must be a whole number, 1 or more');
  if (Object.hasOwn(state.periods, command.period)) throw new CasesAlreadyRecorded(command.period);
  const { period, count, by: recordedBy, now: recordedAt } = command;
  return [{ type: 'TechniqueCasesRecorded', data: { techniqueId: state.techniqueId, period, count, recordedBy, recordedAt } }];
}

export const techniqueDecider: Decider<TechniqueCommand, TechniqueEvent, TechniqueState> = {
  decide(command, state) {
    switch (command.type) {
      case 'ProposeTechnique':
        return proposeTechnique(command, state);
      case 'RecordFirstPerformance':
        return recordFirstPerformance(command, state);
      case 'RecordTechniqueCases':
        return recordTechniqueCases(command, state);
    }
  },
  evolve,
  initialState,
};

function requireDay(field: string, value: unknown, today: string): void {
  if (!isCalendarDate(value)) throw new InvalidValue(field, 'must be a calendar date (YYYY-MM-DD)');
  if (value > today) throw new InvalidValue(field, 'must not be after today, {today}', 'in-the-future', { today });
}
