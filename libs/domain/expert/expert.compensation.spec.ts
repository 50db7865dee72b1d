import { foldEvents } from '@telemed/domain/core';
import { expertDecider } from './expert.decider';
import type { ExpertEvent } from './expert.events';
import { undoCalendarChange } from './expert.compensation';
import { booked, drLiRegistered, now } from './expert.testing';

const reason = 'compensation: consultation-c-1 was not written (the disk is full)';
const context = { by: 'coordinator-1', now };
const morning = { start: '2024-05-07T01:00:00.000Z', end: '2024-05-07T02:00:00.000Z' };
const noon = { start: '2024-05-07T04:00:00.000Z', end: '2024-05-07T05:00:00.000Z' };

const moved = (bookingId: string, from: typeof morning, to: typeof morning): ExpertEvent => ({
  type: 'ExpertBookingMoved',
  data: { expertId: 'dr-li', bookingId, previousStart: from.start, previousEnd: from.end, start: to.start, end: to.end, movedBy: 'coordinator-1', movedAt: now },
});
const released = (bookingId: string, why = reason): ExpertEvent => ({
  type: 'ExpertBookingReleased',
  data: { expertId: 'dr-li', bookingId, reason: why, releasedBy: 'coordinator-1', releasedAt: now },
});
const rebooked = (bookingId: string, slot: typeof morning): ExpertEvent => ({ ...booked(bookingId, slot.start, slot.end) });

/** given(the calendar's history at undo time).whenUndoing(the command's change, the booking before it).then(the undo). */
const given = (history: ExpertEvent[]) => ({
  whenUndoing: (changes: ExpertEvent[], before?: { activity: 'consultation'; start: string; end: string }) => ({
    then: (expected: ExpertEvent[]) =>
      expect(undoCalendarChange(changes, before, context)(foldEvents(expertDecider, [drLiRegistered, ...history]), reason)).toEqual(expected),
  }),
});

describe('undoing a change to an expert’s calendar whose case was not written', () => {
  it('releases a booking made for a case that was never recorded', () => {
    given([booked('b-1', morning.start, morning.end)]).whenUndoing([booked('b-1', morning.start, morning.end)]).then([released('b-1')]);
  });

  it('leaves a booking alone that another command has moved since', () => {
    given([booked('b-1', morning.start, morning.end), moved('b-1', morning, noon)]).whenUndoing([booked('b-1', morning.start, morning.end)]).then([]);
  });

  it('releases nothing that is already gone', () => {
    given([]).whenUndoing([booked('b-1', morning.start, morning.end)]).then([]);
  });

  it('moves a moved booking back to its former slot', () => {
    const undo = undoCalendarChange([moved('b-1', morning, noon)], undefined, context);
    const calendar = foldEvents(expertDecider, [drLiRegistered, booked('b-1', morning.start, morning.end), moved('b-1', morning, noon)]);
    const events = undo(calendar, reason);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ data: { bookingId: 'b-1', start: morning.start, end: morning.end } });
  });

  it('leaves a moved booking where it is when its former slot was taken meanwhile', () => {
    given([booked('b-1', morning.start, morning.end), moved('b-1', morning, noon), booked('b-2', morning.start, morning.end)])
      .whenUndoing([moved('b-1', morning, noon)])
      .then([]);
  });

  it('books a released booking again in the slot it had', () => {
    given([booked('b-1', morning.start, morning.end), released('b-1', 'cancelled')])
      .whenUndoing([released('b-1', 'cancelled')], { activity: 'consultation', ...morning })
      .then([rebooked('b-1', morning)]);
  });

  it('leaves a released booking free when another booking took its slot', () => {
    given([booked('b-1', morning.start, morning.end), released('b-1', 'cancelled'), booked('b-2', morning.start, morning.end)])
      .whenUndoing([released('b-1', 'cancelled')], { activity: 'consultation', ...morning })
      .then([]);
  });
});
