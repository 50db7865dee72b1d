import { InvalidValue, NotFound } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { AlreadyAMember, ConsortiumAlreadyFormed, consortiumDecider, NotAMember, type ConsortiumCommand } from './consortium.decider';
import { consortiumStreamId, type ConsortiumEvent } from './consortium.events';

const given = specFor(consortiumDecider);
const now = '2026-09-15T02:00:00Z';
const form: ConsortiumCommand = { type: 'FormConsortium', consortiumId: 'c-1', name: ' Kashgar No. 2 medical consortium ', kind: 'medical-consortium', leadHospitalId: 'h-kashgar', by: 'coord-1', now };
const formed: ConsortiumEvent = { type: 'ConsortiumFormed', data: { consortiumId: 'c-1', name: 'Kashgar No. 2 medical consortium', kind: 'medical-consortium', leadHospitalId: 'h-kashgar', formedBy: 'coord-1', formedAt: now } };
const join = (hospitalId: string, joinedOn = '2026-04-01'): ConsortiumCommand => ({ type: 'JoinConsortium', hospitalId, joinedOn, by: 'coord-1', now });
const leave = (hospitalId: string, leftOn = '2026-08-01'): ConsortiumCommand => ({ type: 'LeaveConsortium', hospitalId, leftOn, by: 'coord-1', now });
const joined = (hospitalId: string, joinedOn = '2026-04-01'): ConsortiumEvent => ({ type: 'ConsortiumMemberJoined', data: { consortiumId: 'c-1', hospitalId, joinedOn, recordedBy: 'coord-1', recordedAt: now } });
const left = (hospitalId: string, leftOn = '2026-08-01'): ConsortiumEvent => ({ type: 'ConsortiumMemberLeft', data: { consortiumId: 'c-1', hospitalId, leftOn, recordedBy: 'coord-1', recordedAt: now } });

describe('a consortium and its members', () => {
  it('is formed under a lead hospital', () => {
    given([]).when(form).then([formed]);
  });

  it.each([
    ['no name', 'name', { name: ' ' }],
    ['an unknown kind', 'kind', { kind: 'club' }],
  ])('is not formed with %s', (_sentence, field, change) => {
    const error = given([]).when({ ...form, ...change } as ConsortiumCommand).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe(field);
  });

  it('is formed once', () => {
    given([formed]).when(form).thenFails(ConsortiumAlreadyFormed, 'already-formed');
  });

  it('a county hospital joins', () => {
    given([formed]).when(join('h-yengisar')).then([joined('h-yengisar')]);
  });

  it('a member joining twice is refused', () => {
    given([formed, joined('h-yengisar')]).when(join('h-yengisar', '2026-05-01')).thenFails(AlreadyAMember, 'already-a-member');
  });

  it('the lead hospital does not join its own consortium', () => {
    given([formed]).when(join('h-kashgar')).thenFails(AlreadyAMember);
  });

  it('a member leaves, and may join again afterwards', () => {
    given([formed, joined('h-yengisar')]).when(leave('h-yengisar')).then([left('h-yengisar')]);
    given([formed, joined('h-yengisar'), left('h-yengisar')]).when(join('h-yengisar', '2026-09-01')).then([joined('h-yengisar', '2026-09-01')]);
  });

  it('a hospital that is not a member cannot leave', () => {
    given([formed]).when(leave('h-yengisar')).thenFails(NotAMember, 'not-a-member');
  });

  it.each([
    ['a leaving date before the joining', leave('h-yengisar', '2026-03-01'), 'left-before-joining'],
    ['a date after today', leave('h-yengisar', '2026-09-16'), 'in-the-future'],
  ])('refuses %s', (_sentence, command, code) => {
    given([formed, joined('h-yengisar')]).when(command).thenFails(InvalidValue, code);
  });

  it('a consortium never formed takes no members, and lives in a stream named after it', () => {
    given([]).when(join('h-yengisar')).thenFails(NotFound);
    expect(consortiumStreamId('c-1')).toBe('consortium-c-1');
  });
});
