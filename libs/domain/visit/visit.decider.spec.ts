import { InvalidValue } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { visitDecider, type RecordShortVisit } from './visit.decider';
import { VisitAlreadyRecorded, VisitNotOverYet, VisitPartnershipInactive } from './visit.errors';
import { evolve, initialState, visitStreamId, type ShortVisitRecorded } from './visit.events';

const given = specFor(visitDecider);
const now = '2026-05-20T02:00:00Z';

const record: RecordShortVisit = {
  type: 'RecordShortVisit',
  visitId: 'v-1',
  partnership: { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar', activeOnStart: true },
  kind: 'mobile-clinic',
  expertIds: ['exp-1', 'exp-2', 'exp-1'],
  start: '2026-05-10',
  end: '2026-05-16',
  place: ' Yengisar county township health centre ',
  outcomes: { clinicsHeld: 6, patientsSeen: 412 },
  recordedBy: 'coord-1',
  now,
};

const recorded: ShortVisitRecorded = {
  type: 'ShortVisitRecorded',
  data: {
    visitId: 'v-1',
    partnershipId: 'p-1',
    givingHospitalId: 'h-shanghai',
    receivingHospitalId: 'h-kashgar',
    kind: 'mobile-clinic',
    expertIds: ['exp-1', 'exp-2'],
    start: '2026-05-10',
    end: '2026-05-16',
    place: 'Yengisar county township health centre',
    outcomes: { clinicsHeld: 6, patientsSeen: 412, operationsGuided: 0, lectures: 0 },
    recordedBy: 'coord-1',
    recordedAt: now,
  },
};

describe('recording a short visit', () => {
  it('a mobile clinic is recorded with its experts once each, its dates, place and what it did', () => {
    given([]).when(record).then([recorded]);
  });

  it('a one-day lecture without a place or outcomes records zero for every count', () => {
    const { place: _place, outcomes: _outcomes, ...bare } = record;
    const { place: _p, ...data } = recorded.data;
    given([])
      .when({ ...bare, kind: 'lecture', start: '2026-05-12', end: '2026-05-12' })
      .then([{ type: 'ShortVisitRecorded', data: { ...data, kind: 'lecture', start: '2026-05-12', end: '2026-05-12', outcomes: { clinicsHeld: 0, patientsSeen: 0, operationsGuided: 0, lectures: 0 } } }]);
  });

  it('a visit that ends before it starts is refused', () => {
    const error = given([]).when({ ...record, start: '2026-05-16', end: '2026-05-10' }).thenFails(InvalidValue, 'ends-before-it-starts');
    expect(error.fieldErrors[0].field).toBe('end');
  });

  it.each([
    ['an unknown kind', 'kind', { kind: 'banquet' }],
    ['no expert', 'expertIds', { expertIds: [] }],
    ['a blank expert', 'expertIds', { expertIds: ['exp-1', ' '] }],
    ['a start that is not a date', 'start', { start: '2026-02-30' }],
    ['an end that is not a date', 'end', { end: 'May' }],
    ['a negative count', 'outcomes.patientsSeen', { outcomes: { patientsSeen: -1 } }],
    ['a fractional count', 'outcomes.lectures', { outcomes: { lectures: 1.5 } }],
  ])('a visit with %s is refused', (_sentence, field, change) => {
    const error = given([]).when({ ...record, ...change } as RecordShortVisit).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe(field);
  });

  it('a visit that has not ended yet cannot be recorded', () => {
    given([]).when({ ...record, end: '2026-05-21' }).thenFails(VisitNotOverYet, 'not-over-yet');
  });

  it('a visit under a partnership not in force when it began is refused', () => {
    given([])
      .when({ ...record, partnership: { ...record.partnership, activeOnStart: false } })
      .thenFails(VisitPartnershipInactive, 'partnership-inactive');
  });

  it('a visit is recorded only once', () => {
    given([recorded]).when(record).thenFails(VisitAlreadyRecorded, 'already-recorded');
  });
});

describe('the state of a visit', () => {
  it('is recorded after its one event, and lives in a stream named after it', () => {
    expect(evolve(initialState(), recorded)).toEqual({ status: 'recorded', visitId: 'v-1' });
    expect(visitStreamId('v-1')).toBe('visit-v-1');
  });
});
