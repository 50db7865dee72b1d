import { BOOKED_ACTIVITIES, EXPERT_TITLES } from '@telemed/domain/expert';
import { type AggregateSchemas, calendarDate, id, instant, listOf, oneOf, record, text, timeSlot } from './json-schema';

export const expertSchemas: AggregateSchemas = {
  streamPrefix: 'expert-',
  events: {
    ExpertRegistered: {
      1: record({
        expertId: id,
        name: text,
        hospitalId: id,
        departmentId: id,
        specialty: text,
        title: oneOf(EXPERT_TITLES),
        licensedSince: calendarDate,
        registeredBy: id,
        registeredAt: instant,
      }),
    },
    AvailabilityPublished: {
      1: record({ expertId: id, slots: listOf(timeSlot, 1), publishedBy: id, publishedAt: instant }),
    },
    ExpertBooked: {
      1: record({
        expertId: id,
        bookingId: id,
        activity: oneOf(BOOKED_ACTIVITIES),
        start: instant,
        end: instant,
        bookedBy: id,
        bookedAt: instant,
      }),
    },
    ExpertBookingMoved: {
      1: record({
        expertId: id,
        bookingId: id,
        previousStart: instant,
        previousEnd: instant,
        start: instant,
        end: instant,
        movedBy: id,
        movedAt: instant,
      }),
    },
    ExpertBookingReleased: {
      1: record({ expertId: id, bookingId: id, reason: text, releasedBy: id, releasedAt: instant }),
    },
    // The calendar's open state carried forward: the expert's particulars and bookings, no patient data.
    ExpertBooksClosed: {
      1: record({
        expertId: id,
        name: text,
        hospitalId: id,
        departmentId: id,
        specialty: text,
        title: oneOf(EXPERT_TITLES),
        licensedSince: calendarDate,
        availability: listOf(timeSlot),
        bookings: listOf(record({ bookingId: id, activity: oneOf(BOOKED_ACTIVITIES), start: instant, end: instant })),
        closedAt: instant,
      }),
    },
  },
};
