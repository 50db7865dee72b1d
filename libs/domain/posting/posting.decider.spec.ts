import { IllegalTransition, InvalidValue, NotFound } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { postingDecider, type DispatchPosting, type PostingCommand } from './posting.decider';
import { PostingAlreadyDispatched, PostingPartnershipInactive } from './posting.errors';
import { evolve, initialState, postingStreamId, type PostingDispatched, type PostingEvent } from './posting.events';

const given = specFor(postingDecider);
const id = 'post-1';
const now = '2027-09-01T02:00:00Z';

const dispatch: DispatchPosting = {
  type: 'DispatchPosting',
  postingId: id,
  partnership: { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar', active: true },
  kind: 'specialist',
  expertId: 'exp-1',
  pairingId: 'pair-1',
  receivingDepartmentId: 'dep-cardio',
  plannedStart: '2026-03-01',
  plannedEnd: '2027-02-28',
  dispatchedBy: 'coord-1',
  now,
};

const dispatched: PostingDispatched = {
  type: 'PostingDispatched',
  data: {
    postingId: id,
    kind: 'specialist',
    expertId: 'exp-1',
    receivingDepartmentId: 'dep-cardio',
    partnershipId: 'p-1',
    pairingId: 'pair-1',
    givingHospitalId: 'h-shanghai',
    receivingHospitalId: 'h-kashgar',
    plannedStart: '2026-03-01',
    plannedEnd: '2027-02-28',
    dispatchedBy: 'coord-1',
    dispatchedAt: now,
  },
};
const arrived: PostingEvent = { type: 'PostingArrived', data: { postingId: id, arrivedOn: '2026-03-02', recordedBy: 'coord-1', recordedAt: now } };
const returned: PostingEvent = { type: 'PostingReturned', data: { postingId: id, returnedOn: '2027-02-28', recordedBy: 'coord-1', recordedAt: now } };

const command = <C extends PostingCommand['type']>(type: C, fields: Record<string, string>) =>
  ({ type, by: 'coord-1', now, ...fields }) as unknown as PostingCommand;

describe('dispatching a posting', () => {
  it('a specialist is posted from the giving hospital to a department of the receiving hospital for a planned term', () => {
    given([]).when(dispatch).then([dispatched]);
  });

  it('a management cadre is posted by name to a leadership post', () => {
    const { expertId: _expert, receivingDepartmentId: _department, pairingId: _pairing, ...rest } = dispatch;
    const { expertId: _e, receivingDepartmentId: _d, pairingId: _p, ...data } = dispatched.data;
    given([])
      .when({ ...rest, kind: 'management-cadre', person: { name: ' Zhang Wei ', title: 'chief physician' }, role: '副院长' })
      .then([{ type: 'PostingDispatched', data: { ...data, kind: 'management-cadre', person: { name: 'Zhang Wei', title: 'chief physician' }, role: '副院长' } }]);
  });

  it('a posting that ends before it starts is refused', () => {
    const error = given([]).when({ ...dispatch, plannedStart: '2026-03-01', plannedEnd: '2026-02-01' }).thenFails(InvalidValue, 'ends-before-it-starts');
    expect(error.fieldErrors[0].field).toBe('plannedEnd');
  });

  it('a posting that ends the day it starts is refused', () => {
    given([]).when({ ...dispatch, plannedEnd: dispatch.plannedStart }).thenFails(InvalidValue, 'ends-before-it-starts');
  });

  it.each([
    ['an unknown kind', 'kind', { kind: 'volunteer' }],
    ['a specialist without an expert', 'expertId', { expertId: undefined }],
    ['a specialist without a receiving department', 'receivingDepartmentId', { receivingDepartmentId: ' ' }],
    ['a cadre without a name', 'person.name', { kind: 'management-cadre', expertId: undefined, role: '副院长' }],
    ['a cadre without a post', 'role', { kind: 'management-cadre', person: { name: 'Zhang Wei' } }],
    ['a start that is not a date', 'plannedStart', { plannedStart: '2026-02-30' }],
    ['an end that is not a date', 'plannedEnd', { plannedEnd: 'next year' }],
  ])('a posting with %s is refused', (_sentence, field, change) => {
    const error = given([]).when({ ...dispatch, ...change } as DispatchPosting).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe(field);
  });

  it('an inactive partnership cannot post anyone', () => {
    given([])
      .when({ ...dispatch, partnership: { ...dispatch.partnership, active: false } })
      .thenFails(PostingPartnershipInactive, 'partnership-inactive');
  });

  it('a posting cannot be dispatched twice', () => {
    given([dispatched]).when(dispatch).thenFails(PostingAlreadyDispatched, 'already-dispatched');
  });
});

describe('arriving', () => {
  it('a dispatched posting arrives on site', () => {
    given([dispatched]).when(command('RecordPostingArrival', { arrivedOn: '2026-03-02' })).then([arrived]);
  });

  it('an arrival on a later day than today (Beijing) is refused', () => {
    const tomorrow = { type: 'RecordPostingArrival', arrivedOn: '2026-03-03', by: 'coord-1', now: '2026-03-02T15:59:00Z' } as PostingCommand;
    given([dispatched]).when(tomorrow).thenFails(InvalidValue, 'in-the-future');
    given([dispatched]).when({ ...tomorrow, now: '2026-03-02T16:00:00Z' } as PostingCommand).then([expect.objectContaining({ type: 'PostingArrived' })]);
  });

  it('an arrival on a date that does not exist is refused', () => {
    given([dispatched]).when(command('RecordPostingArrival', { arrivedOn: '2026-13-01' })).thenFails(InvalidValue);
  });

  it.each([
    ['on site', [dispatched, arrived]],
    ['returned', [dispatched, arrived, returned]],
  ])('a posting that is %s cannot arrive again', (_status, history) => {
    given(history).when(command('RecordPostingArrival', { arrivedOn: '2026-03-02' })).thenFails(IllegalTransition, 'illegal-transition');
  });

  it('a posting that was never dispatched cannot arrive', () => {
    given([]).when(command('RecordPostingArrival', { arrivedOn: '2026-03-02' })).thenFails(NotFound);
  });
});

describe('extending', () => {
  it('a posting on site is extended to a later end, keeping the previous end in the record', () => {
    given([dispatched, arrived])
      .when(command('ExtendPosting', { newEnd: '2027-08-31' }))
      .then([{ type: 'PostingExtended', data: { postingId: id, previousEnd: '2027-02-28', newEnd: '2027-08-31', extendedBy: 'coord-1', extendedAt: now } }]);
  });

  it('a posting not yet arrived can be extended too', () => {
    given([dispatched]).when(command('ExtendPosting', { newEnd: '2027-08-31' })).then([expect.objectContaining({ type: 'PostingExtended' })]);
  });

  it.each([
    ['an earlier end', '2026-12-31'],
    ['the same end', '2027-02-28'],
  ])('extending to %s is refused', (_sentence, newEnd) => {
    given([dispatched, arrived]).when(command('ExtendPosting', { newEnd })).thenFails(InvalidValue, 'not-an-extension');
  });

  it('a returned posting cannot be extended', () => {
    given([dispatched, arrived, returned]).when(command('ExtendPosting', { newEnd: '2027-08-31' })).thenFails(IllegalTransition);
  });
});

describe('cutting short', () => {
  const cut = (at: string, reason = 'family illness') => command('CutPostingShort', { endsOn: at, reason });

  it('a posting on site ends early with a reason', () => {
    given([dispatched, arrived])
      .when(cut('2026-09-30'))
      .then([
        {
          type: 'PostingCutShort',
          data: { postingId: id, previousEnd: '2027-02-28', endsOn: '2026-09-30', reason: 'family illness', recordedBy: 'coord-1', recordedAt: now },
        },
      ]);
  });

  it('a cut needs a reason', () => {
    const error = given([dispatched, arrived]).when(cut('2026-09-30', ' ')).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('reason');
  });

  it('a cut that does not end the posting earlier is refused', () => {
    given([dispatched, arrived]).when(cut('2027-03-31')).thenFails(InvalidValue, 'not-shorter');
  });

  it('a cut ending before the arrival is refused', () => {
    given([dispatched, arrived]).when(cut('2026-03-01')).thenFails(InvalidValue, 'ends-before-arrival');
  });

  it.each([
    ['dispatched', [dispatched]],
    ['returned', [dispatched, arrived, returned]],
  ])('a posting that is %s cannot be cut short', (_status, history) => {
    given(history).when(cut('2026-09-30')).thenFails(IllegalTransition, 'illegal-transition');
  });
});

describe('returning', () => {
  it('a posting on site returns', () => {
    given([dispatched, arrived]).when(command('RecordPostingReturn', { returnedOn: '2027-02-28' })).then([returned]);
  });

  it('returning before arriving is refused, naming the state', () => {
    const error = given([dispatched]).when(command('RecordPostingReturn', { returnedOn: '2027-02-28' })).thenFails(IllegalTransition, 'illegal-transition');
    expect(error.message).toContain('dispatched');
  });

  it('a return dated before the arrival is refused', () => {
    given([dispatched, arrived]).when(command('RecordPostingReturn', { returnedOn: '2026-03-01' })).thenFails(InvalidValue, 'returned-before-arrival');
  });

  it('a return on a later day than today is refused', () => {
    given([dispatched, arrived]).when(command('RecordPostingReturn', { returnedOn: '2027-09-02' })).thenFails(InvalidValue, 'in-the-future');
  });

  it('a posting returns only once', () => {
    given([dispatched, arrived, returned]).when(command('RecordPostingReturn', { returnedOn: '2027-02-28' })).thenFails(IllegalTransition);
  });
});

describe('the state of a posting', () => {
  const fold = (events: PostingEvent[]) => events.reduce(evolve, initialState());

  it('knows its end after an extension and after a cut', () => {
    const extended: PostingEvent = { type: 'PostingExtended', data: { postingId: id, previousEnd: '2027-02-28', newEnd: '2027-08-31', extendedBy: 'c', extendedAt: now } };
    const cut: PostingEvent = { type: 'PostingCutShort', data: { postingId: id, previousEnd: '2027-08-31', endsOn: '2027-01-31', reason: 'r', recordedBy: 'c', recordedAt: now } };
    expect(fold([dispatched, arrived, extended]).plannedEnd).toBe('2027-08-31');
    expect(fold([dispatched, arrived, extended, cut])).toMatchObject({ status: 'on-site', plannedEnd: '2027-01-31', cutShort: true });
  });

  it('ignores events it does not know', () => {
    const unknown = { type: 'SomethingElse', data: {} } as unknown as PostingEvent;
    expect(fold([dispatched, unknown])).toEqual(fold([dispatched]));
  });

  it('lives in a stream named after the posting', () => {
    expect(postingStreamId('post-1')).toBe('posting-post-1');
  });
});
