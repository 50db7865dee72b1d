import { IllegalTransition, InvalidValue, NotFound } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { techniqueDecider, type ProposeTechnique, type TechniqueCommand } from './technique.decider';
import { CasesAlreadyRecorded, PerformedBeforeProposed, TechniqueAlreadyProposed } from './technique.errors';
import { techniqueStreamId, type TechniqueEvent } from './technique.events';

const given = specFor(techniqueDecider);
const now = '2026-09-15T02:00:00Z';

const propose: ProposeTechnique = {
  type: 'ProposeTechnique',
  techniqueId: 't-1',
  pairing: { pairingId: 'pair-1', partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar' },
  name: ' Transcatheter aortic valve implantation ',
  fillsRegionalGap: true,
  proposedOn: '2026-03-01',
  by: 'coord-1',
  now,
};
const proposed: TechniqueEvent = {
  type: 'TechniqueProposed',
  data: {
    techniqueId: 't-1',
    pairingId: 'pair-1',
    partnershipId: 'p-1',
    givingHospitalId: 'h-shanghai',
    receivingHospitalId: 'h-kashgar',
    name: 'Transcatheter aortic valve implantation',
    fillsRegionalGap: true,
    proposedOn: '2026-03-01',
    proposedBy: 'coord-1',
    proposedAt: now,
  },
};
const performed: TechniqueEvent = {
  type: 'TechniqueFirstPerformed',
  data: { techniqueId: 't-1', performedOn: '2026-04-20', supervisingExpertId: 'exp-1', recordedBy: 'coord-1', recordedAt: now },
};
const perform = (performedOn = '2026-04-20', supervisingExpertId = 'exp-1'): TechniqueCommand => ({ type: 'RecordFirstPerformance', performedOn, supervisingExpertId, by: 'coord-1', now });
const cases = (period: string, count = 4): TechniqueCommand => ({ type: 'RecordTechniqueCases', period, count, by: 'coord-1', now });

describe('proposing a new technique', () => {
  it('a technique is proposed for a department pairing, filling a regional gap', () => {
    given([]).when(propose).then([proposed]);
  });

  it('is proposed today and fills no gap unless said', () => {
    const { proposedOn: _on, fillsRegionalGap: _gap, ...bare } = propose;
    given([]).when(bare).then([{ ...proposed, data: { ...proposed.data, proposedOn: '2026-09-15', fillsRegionalGap: false } } as TechniqueEvent]);
  });

  it.each([
    ['no name', 'name', { name: ' ' }],
    ['a proposal date that is not a date', 'proposedOn', { proposedOn: '2026-02-30' }],
    ['a proposal date after today', 'proposedOn', { proposedOn: '2026-09-16' }],
  ])('a proposal with %s is refused', (_sentence, field, change) => {
    const error = given([]).when({ ...propose, ...change }).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe(field);
  });

  it('a technique is proposed once', () => {
    given([proposed]).when(propose).thenFails(TechniqueAlreadyProposed, 'already-proposed');
  });
});

describe('first performing it', () => {
  it('is recorded with its date and supervising expert', () => {
    given([proposed]).when(perform()).then([performed]);
  });

  it('a technique performed before it was proposed is refused', () => {
    given([proposed]).when(perform('2026-02-28')).thenFails(PerformedBeforeProposed, 'performed-before-proposed');
  });

  it('may be performed the day it was proposed', () => {
    given([proposed]).when(perform('2026-03-01')).then([{ ...performed, data: { ...performed.data, performedOn: '2026-03-01' } } as TechniqueEvent]);
  });

  it('needs a supervising expert', () => {
    given([proposed]).when(perform('2026-04-20', ' ')).thenFails(InvalidValue);
  });

  it('is first performed only once', () => {
    given([proposed, performed]).when(perform()).thenFails(IllegalTransition, 'illegal-transition');
  });

  it('a technique never proposed cannot be performed', () => {
    given([]).when(perform()).thenFails(NotFound);
  });
});

describe('cases done locally', () => {
  it('are recorded per month once it has been performed', () => {
    given([proposed, performed])
      .when(cases('2026-05', 7))
      .then([{ type: 'TechniqueCasesRecorded', data: { techniqueId: 't-1', period: '2026-05', count: 7, recordedBy: 'coord-1', recordedAt: now } }]);
  });

  it('cannot be recorded before the first performance', () => {
    given([proposed]).when(cases('2026-05')).thenFails(IllegalTransition);
    given([proposed, performed]).when(cases('2026-03')).thenFails(InvalidValue, 'before-first-performance');
  });

  it.each([
    ['a month that is not one', '2026-13', 4, 'period'],
    ['a month to come', '2026-10', 4, 'period'],
    ['no cases', '2026-05', 0, 'count'],
  ])('refuses %s', (_sentence, period, count, field) => {
    const error = given([proposed, performed]).when(cases(period, count)).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe(field);
  });

  it('a month is recorded once', () => {
    const may: TechniqueEvent = { type: 'TechniqueCasesRecorded', data: { techniqueId: 't-1', period: '2026-05', count: 7, recordedBy: 'c', recordedAt: now } };
    given([proposed, performed, may]).when(cases('2026-05')).thenFails(CasesAlreadyRecorded, 'period-already-recorded');
  });

  it('lives in a stream named after the technique', () => {
    expect(techniqueStreamId('t-1')).toBe('technique-t-1');
  });
});
