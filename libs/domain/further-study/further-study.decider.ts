import { IllegalTransition, InvalidValue, type Decider } from '@telemed/domain/core';
import { beijingDateOf, isCalendarDate } from '@telemed/domain/core/calendar-date';
import { FurtherStudyAlreadyStarted, FurtherStudyNotFound, FurtherStudyPartnershipInactive } from './further-study.errors';
import {
  FURTHER_STUDY_KINDS,
  evolve,
  initialState,
  type FurtherStudyEvent,
  type FurtherStudyKind,
  type FurtherStudyState,
  type StudyingStaff,
} from './further-study.events';

export interface FurtherStudyPartnershipFacts {
  partnershipId: string;
  givingHospitalId: string;
  receivingHospitalId: string;
  active: boolean;
}

export interface StartFurtherStudy {
  type: 'StartFurtherStudy';
  furtherStudyId: string;
  partnership: FurtherStudyPartnershipFacts;
  kind: FurtherStudyKind | string;
  person: StudyingStaff;
  hostDepartmentId: string;
  start: string;
  plannedEnd: string;
  by: string;
  now: string;
}
export interface CompleteFurtherStudy {
  type: 'CompleteFurtherStudy';
  completedOn: string;
  certificate: string;
  by: string;
  now: string;
}
export interface WithdrawFromFurtherStudy {
  type: 'WithdrawFromFurtherStudy';
  withdrawnOn: string;
  reason: string;
  by: string;
  now: string;
}

export type FurtherStudyCommand = StartFurtherStudy | CompleteFurtherStudy | WithdrawFromFurtherStudy;

export function startFurtherStudy(command: StartFurtherStudy, state: FurtherStudyState): FurtherStudyEvent[] {
  if (state.status !== 'not-started') throw new FurtherStudyAlreadyStarted(state.furtherStudyId);
  if (!(FURTHER_STUDY_KINDS as readonly unknown[]).includes(command.kind)) {
    throw new InvalidValue('kind', 'must be one of {values}', undefined, { values: FURTHER_STUDY_KINDS.join(', ') });
  }
  requireText('person.staffId', command.person?.staffId);
  requireText('person.name', command.person?.name);
  requireText('hostDepartmentId', command.hostDepartmentId);
  requireDate('start', command.start);
  requireDate('plannedEnd', command.plannedEnd);
  if (command.plannedEnd < command.start) throw new InvalidValue('plannedEnd', 'must not be before start', 'ends-before-it-starts');
  if (!command.partnership.active) throw new FurtherStudyPartnershipInactive(command.partnership.partnershipId);
  const { partnershipId, givingHospitalId, receivingHospitalId } = command.partnership;
  const title = command.person.title?.trim();
  return [
    {
      type: 'FurtherStudyStarted',
      data: {
        furtherStudyId: command.furtherStudyId,
        kind: command.kind as FurtherStudyKind,
        partnershipId,
        givingHospitalId,
        receivingHospitalId,
        person: { staffId: command.person.staffId.trim(), name: command.person.name.trim(), ...(title ? { title } : {}) },
        hostDepartmentId: command.hostDepartmentId,
        start: command.start,
        plannedEnd: command.plannedEnd,
        startedBy: command.by,
        startedAt: command.now,
      },
    },
  ];
}

export function completeFurtherStudy(command: CompleteFurtherStudy, state: FurtherStudyState): FurtherStudyEvent[] {
  requireStarted(state, 'complete');
  requireEndDate('at', command.completedOn, state, command.now);
  requireText('certificate', command.certificate);
  const { completedOn, by: recordedBy, now: recordedAt } = command;
  return [{ type: 'FurtherStudyCompleted', data: { furtherStudyId: state.furtherStudyId, completedOn, certificate: command.certificate.trim(), recordedBy, recordedAt } }];
}

export function withdrawFromFurtherStudy(command: WithdrawFromFurtherStudy, state: FurtherStudyState): FurtherStudyEvent[] {
  requireStarted(state, 'withdraw from');
  requireEndDate('at', command.withdrawnOn, state, command.now);
  requireText('reason', command.reason);
  const { withdrawnOn, by: recordedBy, now: recordedAt } = command;
  return [{ type: 'FurtherStudyWithdrawn', data: { furtherStudyId: state.furtherStudyId, withdrawnOn, reason: command.reason.trim(), recordedBy, recordedAt } }];
}

export const furtherStudyDecider: Decider<FurtherStudyCommand, FurtherStudyEvent, FurtherStudyState> = {
  decide(command, state) {
    switch (command.type) {
      case 'StartFurtherStudy':
        return startFurtherStudy(command, state);
      case 'CompleteFurtherStudy':
        return completeFurtherStudy(command, state);
      case 'WithdrawFromFurtherStudy':
        return withdrawFromFurtherStudy(command, state);
    }
  },
  evolve,
  initialState,
};

function requireStarted(state: FurtherStudyState, action: string): void {
  if (state.status === 'not-started') throw new FurtherStudyNotFound();
  if (state.status !== 'started') throw new IllegalTransition('further study', action, state.status);
}

/** An end is recorded once it has happened, within the placement: not before its start, not after today. */
function requireEndDate(field: string, date: string, state: FurtherStudyState, now: string): void {
  requireDate(field, date);
  if (date < state.start) throw new InvalidValue(field, 'must not be before the start, {start}', 'ends-before-it-starts', { start: state.start });
  const today = beijingDateOf(now);
  if (today !== undefined && date > today) throw new InvalidValue(field, 'must not be after today, {today}', 'in-the-future', { today });
}

function requireDate(field: string, value: unknown): void {
  if (!isCalendarDate(value)) throw new InvalidValue(field, 'must be a calendar date (YYYY-MM-DD)');
}

function requireText(field: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '') throw new InvalidValue(field, 'must not be empty');
}
