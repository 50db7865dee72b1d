import { IllegalTransition, InvalidValue, NotFound } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { trainingDecider, type PlanTrainingSession, type TrainingCommand } from './training.decider';
import {
  TrainingPartnershipInactive,
  TrainingSessionAlreadyPlanned,
  TrainingSessionNotStartedYet,
} from './training.errors';
import {
  evolve,
  initialState,
  trainingSessionStreamId,
  type Attendee,
  type TrainingEvent,
  type TrainingSessionPlanned,
} from './training.events';

const given = specFor(trainingDecider);
const id = 'ts-1';
const plannedAt = '2024-05-01T02:00:00Z';
const slot = { start: '2024-05-10T02:00:00Z', end: '2024-05-10T04:00:00Z' };
const afterwards = '2024-05-10T05:00:00Z';

const plan: PlanTrainingSession = {
  type: 'PlanTrainingSession',
  trainingSessionId: id,
  partnership: { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar', active: true },
  pairingId: 'pair-1',
  title: 'Laparoscopic cholecystectomy: step by step',
  format: 'surgical-guidance',
  ...slot,
  trainerExpertIds: ['exp-1', 'exp-2'],
  audienceDepartmentIds: ['dep-surgery'],
  plannedBy: 'coord-1',
  now: plannedAt,
};

const planned: TrainingSessionPlanned = {
  type: 'TrainingSessionPlanned',
  data: {
    trainingSessionId: id,
    partnershipId: 'p-1',
    pairingId: 'pair-1',
    givingHospitalId: 'h-shanghai',
    receivingHospitalId: 'h-kashgar',
    title: plan.title,
    format: 'surgical-guidance',
    ...slot,
    trainerExpertIds: ['exp-1', 'exp-2'],
    audienceDepartmentIds: ['dep-surgery'],
    plannedBy: 'coord-1',
    plannedAt,
  },
};
const held: TrainingEvent = {
  type: 'TrainingSessionHeld',
  data: { trainingSessionId: id, heldAt: slot.start, recordedBy: 'exp-1', recordedAt: afterwards },
};
const attended = (...attendees: Attendee[]): TrainingEvent => ({
  type: 'AttendanceRecorded',
  data: { trainingSessionId: id, attendees, recordedBy: 'exp-1', recordedAt: afterwards },
});
const cancelled: TrainingEvent = {
  type: 'TrainingSessionCancelled',
  data: { trainingSessionId: id, reason: 'trainer ill', cancelledBy: 'coord-1', cancelledAt: plannedAt },
};
const moved = (to: { start: string; end: string }): TrainingEvent => ({
  type: 'TrainingSessionRescheduled',
  data: {
    trainingSessionId: id,
    previousStart: slot.start,
    previousEnd: slot.end,
    ...to,
    rescheduledBy: 'coord-1',
    rescheduledAt: plannedAt,
  },
});
const ayse = { staffId: 's-1', name: 'Aynur' };
const dilnur = { staffId: 's-2', name: 'Dilnur' };

describe('planning a training session', () => {
  it('a coordinator plans a session under an active partnership', () => {
    given([]).when(plan).then([planned]);
  });

  it('a session without a pairing or named audience records neither', () => {
    const { pairingId: _pairing, audienceDepartmentIds: _audience, ...bare } = plan;
    const { pairingId: _absent, ...data } = planned.data;
    given([])
      .when(bare)
      .then([{ type: 'TrainingSessionPlanned', data: { ...data, audienceDepartmentIds: [] } }]);
  });

  it('a session may award continuing-education credits', () => {
    given([])
      .when({ ...plan, credits: { category: 'II', points: 1.5 } })
      .then([{ ...planned, data: { ...planned.data, credits: { category: 'II', points: 1.5 } } }]);
  });

  it.each([
    ['a category other than I or II', { category: 'III', points: 1 }, 'credits.category'],
    ['no points', { category: 'I', points: 0 }, 'credits.points'],
    ['points not in half points', { category: 'I', points: 1.2 }, 'credits.points'],
    ['more points than a session may award', { category: 'I', points: 30 }, 'credits.points'],
  ])('credits with %s are refused', (_sentence, credits, field) => {
    const error = given([]).when({ ...plan, credits: credits as PlanTrainingSession['credits'] }).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe(field);
  });

  it('a trainer named twice is recorded once', () => {
    given([])
      .when({ ...plan, trainerExpertIds: ['exp-1', 'exp-2', 'exp-1'] })
      .then([planned]);
  });

  it('a session cannot be planned twice', () => {
    given([planned]).when(plan).thenFails(TrainingSessionAlreadyPlanned, 'already-planned');
  });

  it('an inactive partnership cannot carry training', () => {
    given([])
      .when({ ...plan, partnership: { ...plan.partnership, active: false } })
      .thenFails(TrainingPartnershipInactive, 'partnership-inactive');
  });

  it.each([
    ['an unknown format', 'format', { format: 'webinar' }],
    ['a start that is not an instant', 'start', { start: 'tomorrow' }],
    ['an end that is not an instant', 'end', { end: '2024-05-10' }],
    ['an end before its start', 'end', { start: slot.end, end: slot.start }],
    ['no length', 'end', { end: slot.start }],
    ['no trainer', 'trainerExpertIds', { trainerExpertIds: [] }],
    ['a blank trainer', 'trainerExpertIds', { trainerExpertIds: ['exp-1', ''] }],
    ['a blank audience department', 'audienceDepartmentIds', { audienceDepartmentIds: [' '] }],
    ['an empty title', 'title', { title: '  ' }],
  ])('a session with %s is refused', (_sentence, field, change) => {
    const error = given([]).when({ ...plan, ...change }).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe(field);
  });
});

describe('rescheduling', () => {
  const later = { start: '2024-05-12T02:00:00Z', end: '2024-05-12T04:00:00Z' };
  const reschedule = (start = later.start, end = later.end): TrainingCommand => ({
    type: 'RescheduleTrainingSession',
    start,
    end,
    by: 'coord-1',
    now: plannedAt,
  });

  it('a planned session moves to another slot, keeping the previous one in the record', () => {
    given([planned])
      .when(reschedule())
      .then([moved(later)]);
  });

  it('a session cannot be moved to a slot that ends before it starts', () => {
    given([planned]).when(reschedule(later.end, later.start)).thenFails(InvalidValue);
  });

  it.each([
    ['held', [planned, held]],
    ['cancelled', [planned, cancelled]],
  ])('a session that is %s cannot be rescheduled', (_status, history) => {
    given(history).when(reschedule()).thenFails(IllegalTransition, 'illegal-transition');
  });

  it('a session that was never planned cannot be rescheduled', () => {
    given([]).when(reschedule()).thenFails(NotFound);
  });
});

describe('holding a session', () => {
  const markHeld = (now = afterwards, heldAt?: string): TrainingCommand => ({
    type: 'MarkTrainingSessionHeld',
    ...(heldAt !== undefined ? { heldAt } : {}),
    recordedBy: 'exp-1',
    now,
  });

  it('a session that took place is held at its planned start', () => {
    given([planned]).when(markHeld()).then([held]);
  });

  it('a session may be recorded as held at another time than planned', () => {
    const heldAt = '2024-05-10T02:30:00Z';
    given([planned])
      .when(markHeld(afterwards, heldAt))
      .then([{ type: 'TrainingSessionHeld', data: { ...held.data, heldAt } } as TrainingEvent]);
  });

  it('a session can be marked held once it has started', () => {
    given([planned]).when(markHeld(slot.start)).then([{ ...held, data: { ...held.data, recordedAt: slot.start } }]);
  });

  it('a session cannot be marked held before it starts', () => {
    given([planned]).when(markHeld('2024-05-10T01:59:00Z')).thenFails(TrainingSessionNotStartedYet, 'not-started-yet');
  });

  it('a held time that is not an instant is refused', () => {
    const error = given([planned]).when(markHeld(afterwards, 'yesterday')).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('heldAt');
  });

  it.each([
    ['held', [planned, held]],
    ['cancelled', [planned, cancelled]],
  ])('a session that is %s cannot be marked held', (_status, history) => {
    given(history).when(markHeld()).thenFails(IllegalTransition, 'illegal-transition');
  });
});

describe('recording attendance', () => {
  const record = (...attendees: Attendee[]): TrainingCommand => ({
    type: 'RecordAttendance',
    attendees,
    recordedBy: 'exp-1',
    now: afterwards,
  });

  it('the staff who attended a held session are recorded', () => {
    given([planned, held]).when(record(ayse, dilnur)).then([attended(ayse, dilnur)]);
  });

  it('a person posted twice in one list is recorded once', () => {
    given([planned, held]).when(record(ayse, ayse, { ...ayse, staffId: ' s-1 ' })).then([attended(ayse)]);
  });

  it('a later post records only people not recorded before', () => {
    given([planned, held, attended(ayse)]).when(record(ayse, dilnur)).then([attended(dilnur)]);
  });

  it('posting only people already recorded changes nothing', () => {
    given([planned, held, attended(ayse, dilnur)]).when(record(dilnur, ayse)).then([]);
  });

  it('an attendance list must name someone', () => {
    const error = given([planned, held]).when(record()).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('attendees');
  });

  it('an attendee without a staff id is refused', () => {
    const error = given([planned, held]).when(record(ayse, { staffId: ' ', name: 'Unknown' })).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('attendees[1].staffId');
  });

  it('an attendee carries their role, professional title and the minutes of a session they attended in part', () => {
    const partly = { staffId: 's-3', name: 'Ekber', role: 'physician' as const, title: 'junior' as const, minutes: 50 };
    given([planned, held]).when(record(partly)).then([attended(partly)]);
  });

  it('minutes as long as the session are the whole session, recorded without minutes', () => {
    given([planned, held]).when(record({ ...ayse, title: 'senior', minutes: 120 })).then([attended({ ...ayse, title: 'senior' })]);
  });

  it.each([
    ['minutes beyond the session', { minutes: 121 }, 'attendees[0].minutes'],
    ['no minutes at all', { minutes: 0 }, 'attendees[0].minutes'],
    ['a title outside 初级/中级/高级', { title: 'chief' }, 'attendees[0].title'],
    ['an unknown role', { role: 'surgeon-general' }, 'attendees[0].role'],
  ])('an attendee with %s is refused', (_sentence, change, field) => {
    const error = given([planned, held]).when(record({ ...ayse, ...(change as Partial<Attendee>) })).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe(field);
  });

  it.each([
    ['planned', [planned]],
    ['cancelled', [planned, cancelled]],
  ])('attendance cannot be recorded for a session that is %s', (_status, history) => {
    given(history).when(record(ayse)).thenFails(IllegalTransition, 'illegal-transition');
  });
});

describe('cancelling', () => {
  const cancel = (reason = 'trainer ill'): TrainingCommand => ({
    type: 'CancelTrainingSession',
    reason,
    cancelledBy: 'coord-1',
    now: plannedAt,
  });

  it('a planned session is cancelled with a reason', () => {
    given([planned]).when(cancel()).then([cancelled]);
  });

  it('a rescheduled session can still be cancelled', () => {
    const later = { start: '2024-05-12T02:00:00Z', end: '2024-05-12T04:00:00Z' };
    given([planned, moved(later)]).when(cancel()).then([cancelled]);
  });

  it('a cancellation must give a reason', () => {
    const error = given([planned]).when(cancel('')).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('reason');
  });

  it.each([
    ['held', [planned, held]],
    ['cancelled', [planned, cancelled]],
  ])('a session that is %s cannot be cancelled', (_status, history) => {
    given(history).when(cancel()).thenFails(IllegalTransition, 'illegal-transition');
  });
});

describe('the state of a training session', () => {
  const fold = (events: TrainingEvent[]) => events.reduce(evolve, initialState());

  it('counts each distinct attendee once as person-times', () => {
    const state = fold([planned, held, attended(ayse), attended(dilnur)]);
    expect(state.status).toBe('held');
    expect(state.heldAt).toBe(slot.start);
    expect(state.personTimes).toBe(2);
    expect(state.attendees['s-2']).toEqual(dilnur);
  });

  it('counts no person-times before the session is held', () => {
    expect(fold([planned]).personTimes).toBe(0);
  });

  it('knows its slot after a reschedule', () => {
    const later = { start: '2024-05-12T02:00:00Z', end: '2024-05-12T04:00:00Z' };
    expect(fold([planned, moved(later)]).slot).toEqual(later);
  });

  it('ignores events it does not know', () => {
    const unknown = { type: 'SomethingElse', data: {} } as unknown as TrainingEvent;
    expect(fold([planned, unknown])).toEqual(fold([planned]));
  });

  it('lives in a stream named after the session', () => {
    expect(trainingSessionStreamId('ts-1')).toBe('training-session-ts-1');
  });
});
