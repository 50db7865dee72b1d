import { foldEvents, InvalidValue } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import { expertDecider, type FinishBooking } from './expert.decider';
import { DoubleBooking } from './expert.errors';
import { bookingsOf } from './expert.events';
import { book, booked, drLiRegistered } from './expert.testing';

const given = specFor(expertDecider);

// 10:00–11:00 Beijing time on 7 May.
const tenToEleven = booked('b-1', '2024-05-07T02:00:00Z', '2024-05-07T03:00:00Z');

const finishAt = (now: string, bookingId = 'b-1'): FinishBooking => ({
  type: 'FinishBooking',
  bookingId,
  reason: 'consultation completed',
  finishedBy: 'dr-li',
  now,
});

describe('finishing the activity of a booking', () => {
  it('a session that ends early frees the unused rest of its booking', () => {
    given([drLiRegistered, tenToEleven])
      .when(finishAt('2024-05-07T02:20:00Z'))
      .then([
        {
          type: 'ExpertBookingMoved',
          data: {
            expertId: 'dr-li',
            bookingId: 'b-1',
            previousStart: '2024-05-07T02:00:00Z',
            previousEnd: '2024-05-07T03:00:00Z',
            start: '2024-05-07T02:00:00Z',
            end: '2024-05-07T02:20:00.000Z',
            movedBy: 'dr-li',
            movedAt: '2024-05-07T02:20:00Z',
          },
        },
      ]);
  });

  it('an activity that ends before its slot begins frees the whole booking', () => {
    given([drLiRegistered, tenToEleven])
      .when(finishAt('2024-05-06T09:00:00Z'))
      .then([
        {
          type: 'ExpertBookingReleased',
          data: { expertId: 'dr-li', bookingId: 'b-1', reason: 'consultation completed', releasedBy: 'dr-li', releasedAt: '2024-05-06T09:00:00Z' },
        },
      ]);
  });

  it('a session that used its whole slot keeps its booking', () => {
    given([drLiRegistered, tenToEleven]).when(finishAt('2024-05-07T03:10:00Z')).then([]);
  });

  it('an activity that was never booked changes nothing', () => {
    given([drLiRegistered]).when(finishAt('2024-05-07T02:20:00Z')).then([]);
  });

  it('the freed rest of a slot can be booked again', () => {
    const finished = foldEvents(expertDecider, [drLiRegistered, tenToEleven]);
    const cutShort = expertDecider.decide(finishAt('2024-05-07T02:20:00Z'), finished);
    given([drLiRegistered, tenToEleven, ...cutShort])
      .when(book('b-2', '2024-05-07T02:30:00Z', '2024-05-07T03:00:00Z', { now: '2024-05-07T02:25:00Z' }))
      .then([booked('b-2', '2024-05-07T02:30:00Z', '2024-05-07T03:00:00Z')].map((event) => ({
        ...event,
        data: { ...event.data, bookedAt: '2024-05-07T02:25:00Z' },
      })));
  });
});

describe('the calendar a booking is decided on', () => {
  it('a booking cannot start in the past', () => {
    const error = given([drLiRegistered])
      .when(book('b-1', '2024-05-05T02:00:00Z', '2024-05-05T03:00:00Z'))
      .thenFails(InvalidValue, 'start-in-past');
    expect(error.fieldErrors[0].field).toBe('start');
  });

  it('holds only the bookings that have not ended, however long the history', () => {
    const years = Array.from({ length: 3_000 }, (_, day) => {
      const start = Date.parse('2016-01-01T02:00:00Z') + day * 86_400_000;
      const event = booked(`past-${day}`, new Date(start).toISOString(), new Date(start + 3_600_000).toISOString());
      return { ...event, data: { ...event.data, bookedAt: new Date(start - 86_400_000).toISOString() } };
    });
    const state = foldEvents(expertDecider, [drLiRegistered, ...years, tenToEleven]);
    expect(bookingsOf(state).map((booking) => booking.bookingId)).toEqual(['b-1']);
  });

  it('a booking that has not ended still clashes, found among many', () => {
    const coming = Array.from({ length: 200 }, (_, hour) => {
      const start = Date.parse('2024-05-08T00:00:00Z') + hour * 2 * 3_600_000;
      return booked(`coming-${hour}`, new Date(start).toISOString(), new Date(start + 3_600_000).toISOString());
    });
    const error = given([drLiRegistered, ...coming])
      .when(book('b-new', '2024-05-12T10:30:00Z', '2024-05-12T11:30:00Z'))
      .thenFails(DoubleBooking, 'double-booking') as DoubleBooking;
    expect(error.clashingBookingId).toBe('coming-53');
    const [booking] = expertDecider.decide(book('b-new', '2024-05-12T11:00:00Z', '2024-05-12T12:00:00Z'), foldEvents(expertDecider, [drLiRegistered, ...coming]));
    expect(booking).toEqual(booked('b-new', '2024-05-12T11:00:00Z', '2024-05-12T12:00:00Z'));
  });
});

describe('undoing a booking cut short', () => {
  it('a booking cut short may be lengthened again to its slot, though it began in the past', () => {
    const cutShort = expertDecider.decide(finishAt('2024-05-07T02:20:00Z'), foldEvents(expertDecider, [drLiRegistered, tenToEleven]));
    const events = given([drLiRegistered, tenToEleven, ...cutShort]);
    events
      .when(book('b-1', '2024-05-07T02:00:00Z', '2024-05-07T03:00:00Z', { now: '2024-05-07T02:20:00Z' }))
      .then([
        {
          type: 'ExpertBookingMoved',
          data: {
            expertId: 'dr-li',
            bookingId: 'b-1',
            previousStart: '2024-05-07T02:00:00Z',
            previousEnd: '2024-05-07T02:20:00.000Z',
            start: '2024-05-07T02:00:00Z',
            end: '2024-05-07T03:00:00Z',
            movedBy: 'coordinator-1',
            movedAt: '2024-05-07T02:20:00Z',
          },
        },
      ]);
  });
});
