import { DomainError, InvalidValue, NotFound, type Decider } from '@telemed/domain/core';
import { beijingDateOf, isCalendarDate } from '@telemed/domain/core/calendar-date';
import { CONSORTIUM_KINDS, evolve, initialState, type ConsortiumEvent, type ConsortiumKind, type ConsortiumState } from './consortium.events';

export interface FormConsortium {
  type: 'FormConsortium';
  consortiumId: string;
  name: string;
  kind: ConsortiumKind | string;
  leadHospitalId: string;
  by: string;
  now: string;
}
export interface JoinConsortium {
  type: 'JoinConsortium';
  hospitalId: string;
  joinedOn: string;
  by: string;
  now: string;
}
export interface LeaveConsortium {
  type: 'LeaveConsortium';
  hospitalId: string;
  leftOn: string;
  by: string;
  now: string;
}
export type ConsortiumCommand = FormConsortium | JoinConsortium | LeaveConsortium;

export class ConsortiumAlreadyFormed extends DomainError {
  constructor(consortiumId: string) {
    super('conflict', 'already-formed', `consortium ${consortiumId} has already been formed`, [], { consortiumId });
  }
}

/** A member joins once; after leaving it may join again. The lead hospital leads and is not a member. */
export class AlreadyAMember extends DomainError {
  constructor(hospitalId: string) {
    super('conflict', 'already-a-member', `hospital ${hospitalId} is already a member of this consortium`, [], { hospitalId });
  }
}

export class NotAMember extends DomainError {
  constructor(hospitalId: string) {
    super('conflict', 'not-a-member', `hospital ${hospitalId} is not a member of this consortium`, [], { hospitalId });
  }
}

export const consortiumDecider: Decider<ConsortiumCommand, ConsortiumEvent, ConsortiumState> = {
  decide(command, state) {
    if (command.type === 'FormConsortium') {
      if (state.status !== 'not-formed') throw new ConsortiumAlreadyFormed(state.consortiumId);
      if (typeof command.name !== 'string' || command.name.trim() === '') throw new InvalidValue('name', 'must not be empty');
      if (!(CONSORTIUM_KINDS as readonly unknown[]).includes(command.kind)) {
        throw new InvalidValue('kind', 'must be one of {values}', undefined, { values: CONSORTIUM_KINDS.join(', ') });
      }
      const { consortiumId, leadHospitalId, by: formedBy, now: formedAt } = command;
      return [{ type: 'ConsortiumFormed', data: { consortiumId, name: command.name.trim(), kind: command.kind as ConsortiumKind, leadHospitalId, formedBy, formedAt } }];
    }
    if (state.status === 'not-formed') throw new NotFound('consortium');
    // Named as the routes name them: `joinedAt` when joining, `at` when leaving.
    const [field, date] = command.type === 'JoinConsortium' ? ['joinedAt', command.joinedOn] : ['at', command.leftOn];
    if (!isCalendarDate(date)) throw new InvalidValue(field, 'must be a calendar date (YYYY-MM-DD)');
    const today = beijingDateOf(command.now) ?? '';
    if (date > today) throw new InvalidValue(field, 'must not be after today, {today}', 'in-the-future', { today });
    const { consortiumId } = state;
    const { hospitalId, by: recordedBy, now: recordedAt } = command;
    if (command.type === 'JoinConsortium') {
      if (hospitalId === state.leadHospitalId || Object.hasOwn(state.members, hospitalId)) throw new AlreadyAMember(hospitalId);
      return [{ type: 'ConsortiumMemberJoined', data: { consortiumId, hospitalId, joinedOn: date, recordedBy, recordedAt } }];
    }
    if (!Object.hasOwn(state.members, hospitalId)) throw new NotAMember(hospitalId);
    if (date < state.members[hospitalId]) throw new InvalidValue('at', 'must not be before the member joined, {joinedOn}', 'left-before-joining', { joinedOn: state.members[hospitalId] });
    return [{ type: 'ConsortiumMemberLeft', data: { consortiumId, hospitalId, leftOn: date, recordedBy, recordedAt } }];
  },
  evolve,
  initialState,
};
