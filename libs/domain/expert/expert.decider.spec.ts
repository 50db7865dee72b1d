import { foldEvents, InvalidValue, type TimeSlot } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { hospitalDecider } from '@telemed/domain/hospital';
import { expertDecider, type PublishAvailability } from './expert.decider';
import { ExpertAlreadyRegistered, ExpertNotRegistered } from './expert.errors';
import { EXPERT_TITLES, titleRank, type AvailabilityPublished, type ExpertTitle } from './expert.events';
import { drLiRegistered, now, registerDrLi } from './expert.testing';

const given = specFor(expertDecider);

describe('registering an expert', () => {
  it('records a licensed physician of a registered hospital and department', () => {
    given([]).when(registerDrLi()).then([drLiRegistered]);
  });

  it('accepts a physician on the day, in Beijing time, they complete 3 years of practice', () => {
    // 2024-05-05T16:00Z is already 6 May in Beijing.
    given([])
      .when(registerDrLi({ licensedSince: '2021-05-06', now: '2024-05-05T16:00:00Z' }))
      .then([
        {
          ...drLiRegistered,
          data: { ...drLiRegistered.data, licensedSince: '2021-05-06', registeredAt: '2024-05-05T16:00:00Z' },
        },
      ]);
  });

  it('refuses a physician with fewer than 3 full years of independent practice', () => {
    const error = given([])
      .when(registerDrLi({ licensedSince: '2021-05-06', now: '2024-05-05T15:59:59Z' }))
      .thenFails(InvalidValue, 'insufficient-practice');
    expect(error.fieldErrors[0].field).toBe('licensedSince');
  });

  it('refuses a licence dated in the future', () => {
    const error = given([]).when(registerDrLi({ licensedSince: '2024-05-07' })).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('licensedSince');
  });

  it.each(['2019-02-29', '01/07/2010', ''])('refuses %j as a licence date', (licensedSince) => {
    const error = given([]).when(registerDrLi({ licensedSince })).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('licensedSince');
  });

  it('cannot register the same expert twice', () => {
    given([drLiRegistered]).when(registerDrLi()).thenFails(ExpertAlreadyRegistered, 'already-registered');
  });

  it('needs a registered hospital', () => {
    const error = given([])
      .when(registerDrLi({ hospital: hospitalDecider.initialState() }))
      .thenFails(InvalidValue, 'unknown-hospital');
    expect(error.fieldErrors[0].field).toBe('hospitalId');
  });

  it('needs a department of that hospital', () => {
    const error = given([])
      .when(registerDrLi({ departmentId: 'ks-neuro' }))
      .thenFails(InvalidValue, 'unknown-department');
    expect(error.fieldErrors[0].field).toBe('departmentId');
  });

  it('refuses a title that is not a physician title', () => {
    const error = given([])
      .when(registerDrLi({ title: 'professor' as ExpertTitle }))
      .thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('title');
  });

  it('refuses a blank name', () => {
    const error = given([]).when(registerDrLi({ name: ' ' })).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('name');
  });

  it('ranks titles from resident to chief physician', () => {
    expect(EXPERT_TITLES.map(titleRank)).toEqual([0, 1, 2, 3]);
    expect(titleRank('associate-chief-physician')).toBeGreaterThan(titleRank('attending-physician'));
  });
});

describe('publishing availability', () => {
  const publish = (slots: PublishAvailability['slots']): PublishAvailability => ({
    type: 'PublishAvailability',
    slots,
    publishedBy: 'dr-li',
    now,
  });
  const published = (slots: TimeSlot[]): AvailabilityPublished => ({
    type: 'AvailabilityPublished',
    data: { expertId: 'dr-li', slots, publishedBy: 'dr-li', publishedAt: now },
  });
  const tomorrowMorning = { start: '2024-05-07T00:00:00Z', end: '2024-05-07T04:00:00Z' };

  it('records the slots the expert offers', () => {
    given([drLiRegistered]).when(publish([tomorrowMorning])).then([published([tomorrowMorning])]);
  });

  it('accepts a slot that is under way and a slot of exactly 24 hours', () => {
    const underWay = { start: '2024-05-06T01:00:00Z', end: '2024-05-06T03:00:00Z' };
    const wholeDay = { start: '2024-05-08T00:00:00+08:00', end: '2024-05-09T00:00:00+08:00' };
    given([drLiRegistered])
      .when(publish([underWay, wholeDay]))
      .then([published([underWay, wholeDay])]);
  });

  it('needs a registered expert', () => {
    given([]).when(publish([tomorrowMorning])).thenFails(ExpertNotRegistered, 'expert-not-registered');
  });

  it('refuses an empty list', () => {
    const error = given([drLiRegistered]).when(publish([])).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('slots');
  });

  it.each([
    ['an unreadable start', { start: 'tomorrow', end: '2024-05-07T04:00:00Z' }],
    ['an instant without an offset', { start: '2024-05-07T00:00:00', end: '2024-05-07T04:00:00Z' }],
    ['an end before the start', { start: '2024-05-07T04:00:00Z', end: '2024-05-07T00:00:00Z' }],
    ['no length at all', { start: '2024-05-07T04:00:00Z', end: '2024-05-07T04:00:00Z' }],
    ['more than 24 hours', { start: '2024-05-07T00:00:00Z', end: '2024-05-08T00:01:00Z' }],
  ])('refuses a slot with %s', (_why, slot) => {
    const error = given([drLiRegistered]).when(publish([tomorrowMorning, slot])).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('slots');
  });

  it('refuses a slot that is already over', () => {
    const yesterday = { start: '2024-05-05T00:00:00Z', end: '2024-05-05T04:00:00Z' };
    const error = given([drLiRegistered]).when(publish([yesterday])).thenFails(InvalidValue, 'slot-in-past');
    expect(error.fieldErrors[0].field).toBe('slots');
  });

  it('adds to what was offered before, joining overlapping and touching slots in time order', () => {
    const state = foldEvents(expertDecider, [
      drLiRegistered,
      published([
        { start: '2024-05-08T06:00:00Z', end: '2024-05-08T08:00:00Z' },
        { start: '2024-05-07T02:00:00Z', end: '2024-05-07T06:00:00Z' },
      ]),
      published([tomorrowMorning, { start: '2024-05-08T16:00:00+08:00', end: '2024-05-08T17:00:00+08:00' }]),
    ]);
    expect(state.status === 'registered' && state.availability).toEqual([
      { start: '2024-05-07T00:00:00Z', end: '2024-05-07T06:00:00Z' },
      { start: '2024-05-08T06:00:00Z', end: '2024-05-08T17:00:00+08:00' },
    ]);
  });
});
