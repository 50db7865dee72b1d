import { IllegalTransition, InvalidValue, NotFound } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { furtherStudyDecider, type FurtherStudyCommand, type StartFurtherStudy } from './further-study.decider';
import { FurtherStudyAlreadyStarted, FurtherStudyPartnershipInactive } from './further-study.errors';
import { furtherStudyStreamId, type FurtherStudyEvent, type FurtherStudyStarted } from './further-study.events';

const given = specFor(furtherStudyDecider);
const now = '2026-12-01T02:00:00Z';

const start: StartFurtherStudy = {
  type: 'StartFurtherStudy',
  furtherStudyId: 'fs-1',
  partnership: { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar', active: true },
  kind: 'further-study',
  person: { staffId: ' s-17 ', name: ' Aynur ', title: 'resident' },
  hostDepartmentId: 'dep-cardio-sh',
  start: '2026-03-01',
  plannedEnd: '2026-08-31',
  by: 'coord-1',
  now,
};
const started: FurtherStudyStarted = {
  type: 'FurtherStudyStarted',
  data: {
    furtherStudyId: 'fs-1',
    kind: 'further-study',
    partnershipId: 'p-1',
    givingHospitalId: 'h-shanghai',
    receivingHospitalId: 'h-kashgar',
    person: { staffId: 's-17', name: 'Aynur', title: 'resident' },
    hostDepartmentId: 'dep-cardio-sh',
    start: '2026-03-01',
    plannedEnd: '2026-08-31',
    startedBy: 'coord-1',
    startedAt: now,
  },
};
const completed: FurtherStudyEvent = {
  type: 'FurtherStudyCompleted',
  data: { furtherStudyId: 'fs-1', completedOn: '2026-08-31', certificate: 'RJ-2026-0413', recordedBy: 'coord-1', recordedAt: now },
};
const complete = (completedOn = '2026-08-31', certificate = 'RJ-2026-0413'): FurtherStudyCommand => ({ type: 'CompleteFurtherStudy', completedOn, certificate, by: 'coord-1', now });
const withdraw = (withdrawnOn = '2026-05-15', reason = 'family illness'): FurtherStudyCommand => ({ type: 'WithdrawFromFurtherStudy', withdrawnOn, reason, by: 'coord-1', now });

describe('starting further study', () => {
  it('a member of the receiving hospital’s staff starts months in a giving hospital’s department', () => {
    given([]).when(start).then([started]);
  });

  it('an in-service postgraduate is started the same way', () => {
    given([]).when({ ...start, kind: 'in-service-postgraduate' }).then([{ ...started, data: { ...started.data, kind: 'in-service-postgraduate' } }]);
  });

  it('a placement that ends before it starts is refused', () => {
    given([]).when({ ...start, plannedEnd: '2026-02-28' }).thenFails(InvalidValue, 'ends-before-it-starts');
  });

  it.each([
    ['an unknown kind', 'kind', { kind: 'sabbatical' }],
    ['no staff id', 'person.staffId', { person: { staffId: ' ', name: 'Aynur' } }],
    ['no name', 'person.name', { person: { staffId: 's-1', name: '' } }],
    ['no host department', 'hostDepartmentId', { hostDepartmentId: '' }],
    ['a start that is not a date', 'start', { start: '2026-02-30' }],
  ])('a placement with %s is refused', (_sentence, field, change) => {
    const error = given([]).when({ ...start, ...change } as StartFurtherStudy).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe(field);
  });

  it('an inactive partnership hosts no one', () => {
    given([]).when({ ...start, partnership: { ...start.partnership, active: false } }).thenFails(FurtherStudyPartnershipInactive, 'partnership-inactive');
  });

  it('a placement is started once', () => {
    given([started]).when(start).thenFails(FurtherStudyAlreadyStarted, 'already-started');
  });
});

describe('completing and withdrawing', () => {
  it('a placement is completed with its certificate', () => {
    given([started]).when(complete()).then([completed]);
  });

  it('completion needs a certificate', () => {
    const error = given([started]).when(complete('2026-08-31', ' ')).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('certificate');
  });

  it('a withdrawal is recorded with its date and reason', () => {
    given([started])
      .when(withdraw())
      .then([{ type: 'FurtherStudyWithdrawn', data: { furtherStudyId: 'fs-1', withdrawnOn: '2026-05-15', reason: 'family illness', recordedBy: 'coord-1', recordedAt: now } }]);
  });

  it.each([
    ['before the start', '2026-02-01', 'ends-before-it-starts'],
    ['after today', '2026-12-02', 'in-the-future'],
  ])('an end dated %s is refused', (_sentence, date, code) => {
    given([started]).when(complete(date)).thenFails(InvalidValue, code);
    given([started]).when(withdraw(date)).thenFails(InvalidValue, code);
  });

  it('a completed placement can be neither completed again nor withdrawn from', () => {
    given([started, completed]).when(complete()).thenFails(IllegalTransition, 'illegal-transition');
    given([started, completed]).when(withdraw()).thenFails(IllegalTransition, 'illegal-transition');
  });

  it('a placement never started cannot be completed', () => {
    given([]).when(complete()).thenFails(NotFound);
  });

  it('lives in a stream named after the placement', () => {
    expect(furtherStudyStreamId('fs-1')).toBe('further-study-fs-1');
  });
});
