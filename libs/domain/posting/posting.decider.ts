import { IllegalTransition, InvalidValue, type Decider } from '@telemed/domain/core';
import { beijingDateOf, isCalendarDate } from '@telemed/domain/core/calendar-date';
import { PostingAlreadyDispatched, PostingNotFound, PostingPartnershipInactive } from './posting.errors';
import {
  POSTING_KINDS,
  evolve,
  initialState,
  type PostedPerson,
  type PostingEvent,
  type PostingKind,
  type PostingState,
  type PostingStatus,
} from './posting.events';

/** The facts about the partnership that the application layer loads before dispatching. */
export interface PostingPartnershipFacts {
  partnershipId: string;
  givingHospitalId: string;
  receivingHospitalId: string;
  active: boolean;
}

export interface DispatchPosting {
  type: 'DispatchPosting';
  postingId: string;
  partnership: PostingPartnershipFacts;
  /** Checked here rather than trusted: a kind outside the list is refused. */
  kind: PostingKind | string;
  expertId?: string;
  person?: PostedPerson;
  pairingId?: string;
  receivingDepartmentId?: string;
  role?: string;
  plannedStart: string;
  plannedEnd: string;
  dispatchedBy: string;
  now: string;
}
export interface RecordPostingArrival {
  type: 'RecordPostingArrival';
  arrivedOn: string;
  by: string;
  now: string;
}
export interface ExtendPosting {
  type: 'ExtendPosting';
  newEnd: string;
  by: string;
  now: string;
}
export interface CutPostingShort {
  type: 'CutPostingShort';
  endsOn: string;
  reason: string;
  by: string;
  now: string;
}
export interface RecordPostingReturn {
  type: 'RecordPostingReturn';
  returnedOn: string;
  by: string;
  now: string;
}

export type PostingCommand = DispatchPosting | RecordPostingArrival | ExtendPosting | CutPostingShort | RecordPostingReturn;

const AGGREGATE = 'posting';

export function dispatchPosting(command: DispatchPosting, state: PostingState): PostingEvent[] {
  if (state.status !== 'not-dispatched') throw new PostingAlreadyDispatched(state.postingId);
  const { partnership } = command;
  if (!isKind(command.kind)) throw new InvalidValue('kind', 'must be one of {values}', undefined, { values: POSTING_KINDS.join(', ') });
  const who = command.kind === 'specialist' ? specialist(command) : cadre(command);
  requireDate('plannedStart', command.plannedStart);
  requireDate('plannedEnd', command.plannedEnd);
  if (command.plannedEnd <= command.plannedStart) {
    throw new InvalidValue('plannedEnd', 'must be after plannedStart', 'ends-before-it-starts');
  }
  if (!partnership.active) throw new PostingPartnershipInactive(partnership.partnershipId);
  return [
    {
      type: 'PostingDispatched',
      data: {
        postingId: command.postingId,
        kind: command.kind,
        ...who,
        partnershipId: partnership.partnershipId,
        ...(command.pairingId !== undefined ? { pairingId: command.pairingId } : {}),
        givingHospitalId: partnership.givingHospitalId,
        receivingHospitalId: partnership.receivingHospitalId,
        plannedStart: command.plannedStart,
        plannedEnd: command.plannedEnd,
        dispatchedBy: command.dispatchedBy,
        dispatchedAt: command.now,
      },
    },
  ];
}

/** A specialist is a registered expert serving in a department of the receiving hospital. */
function specialist(command: DispatchPosting) {
  requireText('expertId', command.expertId);
  requireText('receivingDepartmentId', command.receivingDepartmentId);
  return { expertId: command.expertId!.trim(), receivingDepartmentId: command.receivingDepartmentId!.trim() };
}

/** A management cadre is named (they need not be a registered expert) and holds a post; a department is optional. */
function cadre(command: DispatchPosting) {
  const fromExpert = command.expertId !== undefined;
  if (!fromExpert) requireText('person.name', command.person?.name);
  requireText('role', command.role);
  const person = command.person && { name: command.person.name.trim(), ...(command.person.title?.trim() ? { title: command.person.title.trim() } : {}) };
  return {
    ...(fromExpert ? { expertId: command.expertId!.trim() } : {}),
    ...(person ? { person } : {}),
    ...(command.receivingDepartmentId !== undefined ? { receivingDepartmentId: command.receivingDepartmentId } : {}),
    role: command.role!.trim(),
  };
}

export function recordPostingArrival(command: RecordPostingArrival, state: PostingState): PostingEvent[] {
  requireStatus(state, ['dispatched'], 'record the arrival of');
  requireDate('at', command.arrivedOn);
  requireNotLater('at', command.arrivedOn, command.now);
  const { arrivedOn, by: recordedBy, now: recordedAt } = command;
  return [{ type: 'PostingArrived', data: { postingId: state.postingId, arrivedOn, recordedBy, recordedAt } }];
}

export function extendPosting(command: ExtendPosting, state: PostingState): PostingEvent[] {
  requireStatus(state, ['dispatched', 'on-site'], 'extend');
  requireDate('newEnd', command.newEnd);
  if (command.newEnd <= state.plannedEnd) {
    throw new InvalidValue('newEnd', 'must be after the current end, {plannedEnd}', 'not-an-extension', { plannedEnd: state.plannedEnd });
  }
  const { newEnd, by: extendedBy, now: extendedAt } = command;
  return [{ type: 'PostingExtended', data: { postingId: state.postingId, previousEnd: state.plannedEnd, newEnd, extendedBy, extendedAt } }];
}

export function cutPostingShort(command: CutPostingShort, state: PostingState): PostingEvent[] {
  requireStatus(state, ['on-site'], 'cut short');
  requireDate('at', command.endsOn);
  requireText('reason', command.reason);
  if (command.endsOn < (state.arrivedOn ?? '')) {
    throw new InvalidValue('at', 'must not be before the arrival, {arrivedOn}', 'ends-before-arrival', { arrivedOn: String(state.arrivedOn) });
  }
  if (command.endsOn >= state.plannedEnd) {
    throw new InvalidValue('at', 'must be before the planned end, {plannedEnd}', 'not-shorter', { plannedEnd: state.plannedEnd });
  }
  const { endsOn, reason, by: recordedBy, now: recordedAt } = command;
  return [
    { type: 'PostingCutShort', data: { postingId: state.postingId, previousEnd: state.plannedEnd, endsOn, reason: reason.trim(), recordedBy, recordedAt } },
  ];
}

export function recordPostingReturn(command: RecordPostingReturn, state: PostingState): PostingEvent[] {
  requireStatus(state, ['on-site'], 'record the return of');
  requireDate('at', command.returnedOn);
  requireNotLater('at', command.returnedOn, command.now);
  if (command.returnedOn < (state.arrivedOn ?? '')) {
    throw new InvalidValue('at', 'must not be before the arrival, {arrivedOn}', 'returned-before-arrival', { arrivedOn: String(state.arrivedOn) });
  }
  const { returnedOn, by: recordedBy, now: recordedAt } = command;
  return [{ type: 'PostingReturned', data: { postingId: state.postingId, returnedOn, recordedBy, recordedAt } }];
}

export function decide(command: PostingCommand, state: PostingState): PostingEvent[] {
  switch (command.type) {
    case 'DispatchPosting':
      return dispatchPosting(command, state);
    case 'RecordPostingArrival':
      return recordPostingArrival(command, state);
    case 'ExtendPosting':
      return extendPosting(command, state);
    case 'CutPostingShort':
      return cutPostingShort(command, state);
    case 'RecordPostingReturn':
      return recordPostingReturn(command, state);
  }
}

export const postingDecider: Decider<PostingCommand, PostingEvent, PostingState> = { decide, evolve, initialState };

function requireStatus(state: PostingState, allowed: readonly PostingStatus[], action: string): void {
  if (state.status === 'not-dispatched') throw new PostingNotFound();
  if (!allowed.includes(state.status)) throw new IllegalTransition(AGGREGATE, action, state.status);
}

function requireDate(field: string, value: unknown): void {
  if (!isCalendarDate(value)) throw new InvalidValue(field, 'must be a calendar date (YYYY-MM-DD)');
}

/** Arrivals and returns are recorded once they have happened: not on a Beijing date after today's. */
function requireNotLater(field: string, date: string, now: string): void {
  const today = beijingDateOf(now);
  if (today !== undefined && date > today) throw new InvalidValue(field, 'must not be after today, {today}', 'in-the-future', { today });
}

function requireText(field: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '') throw new InvalidValue(field, 'must not be empty');
}

function isKind(value: unknown): value is PostingKind {
  return (POSTING_KINDS as readonly unknown[]).includes(value);
}
