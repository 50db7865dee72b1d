import { foldEvents, InvalidValue } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { expertDecider, type ReleaseBooking } from './expert.decider';
import { DoubleBooking, ExpertNotRegistered } from './expert.errors';
import { bookingOf, freeSlots, type AvailabilityPublished, type ExpertBookingReleased, type ExpertEvent } from './expert.events';
import { book, booked, drLiRegistered, now } from './expert.testing';

const given = specFor(expertDecider);

// 10:00–11:00 Beijing time on 7 May.
const tenToEleven = booked('b-1', '2024-05-07T02:00:00Z', '2024-05-07T03:00:00Z');

describe('booking an expert', () => {
  it('puts the activity into the expert calendar', () => {
    given([drLiRegistered])
      .when(book('b-1', '2024-05-07T02:00:00Z', '2024-05-07T03:00:00Z'))
      .then([tenToEleven]);
  });

  it('needs a registered expert', () => {
    given([])
      .when(book('b-1', '2024-05-07T02:00:00Z', '2024-05-07T03:00:00Z'))
      .thenFails(ExpertNotRegistered, 'expert-not-registered');
  });

  it.each([
    ['an unreadable start', 'soon', '2024-05-07T03:00:00Z'],
    ['an end before the start', '2024-05-07T03:00:00Z', '2024-05-07T02:00:00Z'],
    ['no length', '2024-05-07T03:00:00Z', '2024-05-07T03:00:00Z'],
  ])('refuses a slot with %s', (_why, start, end) => {
    const error = given([drLiRegistered]).when(book('b-1', start, end)).thenFails(InvalidValue);
    expect(error.fieldErrors[0].field).toBe('start');
  });

  it('cannot book an expert into two overlapping activities', () => {
    const error = given([drLiRegistered, tenToEleven])
      .when(book('b-2', '2024-05-07T10:30:00+08:00', '2024-05-07T11:30:00+08:00', { activity: 'training' }))
      .thenFails(DoubleBooking, 'double-booking') as DoubleBooking;
    expect(error.kind).toBe('conflict');
    expect(error.expertId).toBe('dr-li');
    expect(error.clashingBookingId).toBe('b-1');
    expect(error.message).toContain('2024-05-07T02:00:00Z');
    expect(error.message).toContain('2024-05-07T03:00:00Z');
  });

  it('books back to back: a booking may start when the previous one ends', () => {
    given([drLiRegistered, tenToEleven])
      .when(book('b-2', '2024-05-07T03:00:00Z', '2024-05-07T04:00:00Z'))
      .then([booked('b-2', '2024-05-07T03:00:00Z', '2024-05-07T04:00:00Z')]);
  });

  it('changes nothing when the same booking is made again, however the times are spelled', () => {
    given([drLiRegistered, tenToEleven])
      .when(book('b-1', '2024-05-07T10:00:00+08:00', '2024-05-07T11:00:00+08:00'))
      .then([]);
  });

  it('moves a booking that is made again for another slot', () => {
    given([drLiRegistered, tenToEleven])
      .when(
        book('b-1', '2024-05-07T02:30:00Z', '2024-05-07T03:30:00Z', { bookedBy: 'dr-li', now: '2024-05-06T03:00:00Z' }),
      )
      .then([
        {
          type: 'ExpertBookingMoved',
          data: {
            expertId: 'dr-li',
            bookingId: 'b-1',
            previousStart: '2024-05-07T02:00:00Z',
            previousEnd: '2024-05-07T03:00:00Z',
            start: '2024-05-07T02:30:00Z',
            end: '2024-05-07T03:30:00Z',
            movedBy: 'dr-li',
            movedAt: '2024-05-06T03:00:00Z',
          },
        },
      ]);
  });

  it('cannot move a booking onto another booking', () => {
    const twelveToOne = booked('b-2', '2024-05-07T04:00:00Z', '2024-05-07T05:00:00Z');
    const error = given([drLiRegistered, tenToEleven, twelveToOne])
      .when(book('b-1', '2024-05-07T03:30:00Z', '2024-05-07T04:30:00Z'))
      .thenFails(DoubleBooking, 'double-booking') as DoubleBooking;
    expect(error.clashingBookingId).toBe('b-2');
  });

  it('keeps the moved booking where it was moved to', () => {
    const state = foldEvents(expertDecider, [
      drLiRegistered,
      tenToEleven,
      ...expertDecider.decide(
        book('b-1', '2024-05-07T06:00:00Z', '2024-05-07T07:00:00Z'),
        foldEvents(expertDecider, [drLiRegistered, tenToEleven]),
      ),
    ]);
    expect(bookingOf(state, 'b-1')).toEqual({
      bookingId: 'b-1',
      activity: 'consultation',
      start: '2024-05-07T06:00:00Z',
      end: '2024-05-07T07:00:00Z',
    });
  });
});

describe('releasing a booking', () => {
  const release = (bookingId: string): ReleaseBooking => ({
    type: 'ReleaseBooking',
    bookingId,
    reason: 'consultation cancelled',
    releasedBy: 'coordinator-1',
    now,
  });
  const released: ExpertBookingReleased = {
    type: 'ExpertBookingReleased',
    data: {
      expertId: 'dr-li',
      bookingId: 'b-1',
      reason: 'consultation cancelled',
      releasedBy: 'coordinator-1',
      releasedAt: now,
    },
  };

  it('frees the slot, with the reason', () => {
    given([drLiRegistered, tenToEleven]).when(release('b-1')).then([released]);
  });

  it('changes nothing for a booking that is not in the calendar', () => {
    given([drLiRegistered, tenToEleven]).when(release('b-9')).then([]);
    given([drLiRegistered, tenToEleven, released]).when(release('b-1')).then([]);
  });

  it('lets another activity take a released slot', () => {
    given([drLiRegistered, tenToEleven, released])
      .when(book('b-2', '2024-05-07T02:00:00Z', '2024-05-07T03:00:00Z'))
      .then([booked('b-2', '2024-05-07T02:00:00Z', '2024-05-07T03:00:00Z')]);
  });

  it('needs a registered expert', () => {
    given([]).when(release('b-1')).thenFails(ExpertNotRegistered, 'expert-not-registered');
  });
});

describe('free slots of an expert', () => {
  // 09:00–17:00 Beijing time on 7 and 8 May.
  const published: AvailabilityPublished = {
    type: 'AvailabilityPublished',
    data: {
      expertId: 'dr-li',
      slots: [
        { start: '2024-05-07T01:00:00Z', end: '2024-05-07T09:00:00Z' },
        { start: '2024-05-08T01:00:00Z', end: '2024-05-08T09:00:00Z' },
      ],
      publishedBy: 'dr-li',
      publishedAt: now,
    },
  };

  it('are the published availability less the bookings, clipped to the range asked', () => {
    const state = foldEvents(expertDecider, [drLiRegistered, published, tenToEleven]);
    expect(freeSlots(state, { start: '2024-05-07T00:00:00Z', end: '2024-05-08T04:00:00Z' })).toEqual([
      { start: '2024-05-07T01:00:00Z', end: '2024-05-07T02:00:00Z' },
      { start: '2024-05-07T03:00:00Z', end: '2024-05-07T09:00:00Z' },
      { start: '2024-05-08T01:00:00Z', end: '2024-05-08T04:00:00Z' },
    ]);
  });

  it('follow a booking when it is moved or released', () => {
    const moved: ExpertEvent[] = expertDecider.decide(
      book('b-1', '2024-05-07T08:00:00Z', '2024-05-07T10:00:00Z'),
      foldEvents(expertDecider, [drLiRegistered, published, tenToEleven]),
    );
    const day = { start: '2024-05-07T00:00:00Z', end: '2024-05-07T12:00:00Z' };
    const afterMove = foldEvents(expertDecider, [drLiRegistered, published, tenToEleven, ...moved]);
    expect(freeSlots(afterMove, day)).toEqual([{ start: '2024-05-07T01:00:00Z', end: '2024-05-07T08:00:00Z' }]);
    const afterRelease = expertDecider.evolve(afterMove, {
      type: 'ExpertBookingReleased',
      data: { expertId: 'dr-li', bookingId: 'b-1', reason: 'cancelled', releasedBy: 'dr-li', releasedAt: now },
    });
    expect(freeSlots(afterRelease, day)).toEqual([{ start: '2024-05-07T01:00:00Z', end: '2024-05-07T09:00:00Z' }]);
  });

  it('are none for an unregistered expert or an unreadable range', () => {
    const day = { start: '2024-05-07T00:00:00Z', end: '2024-05-08T00:00:00Z' };
    expect(freeSlots(expertDecider.initialState(), day)).toEqual([]);
    const state = foldEvents(expertDecider, [drLiRegistered, published]);
    expect(freeSlots(state, { start: '2024-05-08T00:00:00Z', end: '2024-05-07T00:00:00Z' })).toEqual([]);
  });
});
