import { type Decider, durationMinutes, InvalidValue, type TimeSlot } from '@telemed/domain/core';
import { departmentOf, type HospitalState } from '@telemed/domain/hospital';
import { beijingDateOf, fullYearsBetween, isCalendarDate } from '@telemed/domain/partnership';
import { isInstant, isWellFormedSlot, sameSlot } from './expert.calendar';
import { DoubleBooking, ExpertAlreadyRegistered, ExpertNotRegistered } from './expert.errors';
import {
  BOOKED_ACTIVITIES,
  bookingOf,
  clashingBooking,
  EXPERT_TITLES,
  evolve,
  initialState,
  isExpertTitle,
  type BookedActivity,
  type ExpertEvent,
  type ExpertState,
  type ExpertTitle,
} from './expert.events';

/** Regulation: an expert has at least 3 years of independent practice. */
export const MINIMUM_YEARS_OF_PRACTICE = 3;
const LONGEST_SLOT_MINUTES = 24 * 60;

export type RegisterExpert = {
  type: 'RegisterExpert';
  expertId: string;
  name: string;
  /** The expert's hospital as read from its own stream. */
  hospital: HospitalState;
  departmentId: string;
  specialty: string;
  title: ExpertTitle;
  licensedSince: string;
  registeredBy: string;
  now: string;
};

export type PublishAvailability = {
  type: 'PublishAvailability';
  slots: TimeSlot[];
  publishedBy: string;
  now: string;
};

export type BookExpert = {
  type: 'BookExpert';
  bookingId: string;
  activity: BookedActivity;
  slot: TimeSlot;
  bookedBy: string;
  now: string;
};

export type ReleaseBooking = {
  type: 'ReleaseBooking';
  bookingId: string;
  reason: string;
  releasedBy: string;
  now: string;
};

/** The activity ended (completed, cancelled, declined) at `now`: the unused rest of its booking is freed. */
export type FinishBooking = {
  type: 'FinishBooking';
  bookingId: string;
  reason: string;
  finishedBy: string;
  now: string;
};

export type ExpertCommand = RegisterExpert | PublishAvailability | BookExpert | ReleaseBooking | FinishBooking;

function requireText(field: string, value: string): void {
  if (typeof value !== 'string' || value.trim() === '') throw new InvalidValue(field, 'must not be blank');
}

function requireNow(now: string): void {
  if (!isInstant(now)) throw new InvalidValue('now', '"{value}" is not an ISO-8601 instant with an offset', undefined, { value: now });
}

export function registerExpert(command: RegisterExpert, state: ExpertState): ExpertEvent[] {
  if (state.status === 'registered') throw new ExpertAlreadyRegistered(state.expertId);
  const { hospital, departmentId, title, licensedSince } = command;
  if (hospital.status !== 'registered') {
    throw new InvalidValue('hospitalId', 'the hospital is not registered', 'unknown-hospital');
  }
  if (!departmentOf(hospital, departmentId)) {
    throw new InvalidValue(
      'departmentId',
      '{departmentId} is not a department of hospital {hospitalId}',
      'unknown-department',
      { departmentId, hospitalId: hospital.hospitalId },
    );
  }
  requireText('name', command.name);
  requireText('specialty', command.specialty);
  if (!isExpertTitle(title)) throw new InvalidValue('title', 'must be one of {values}', undefined, { values: EXPERT_TITLES.join(', ') });
  if (!isCalendarDate(licensedSince)) {
    throw new InvalidValue('licensedSince', '"{value}" is not a date YYYY-MM-DD', undefined, { value: String(licensedSince) });
  }
  requireNow(command.now);
  const today = beijingDateOf(command.now) as string;
  if (licensedSince > today) throw new InvalidValue('licensedSince', '{value} is in the future', undefined, { value: licensedSince });
  if (fullYearsBetween(licensedSince, today) < MINIMUM_YEARS_OF_PRACTICE) {
    throw new InvalidValue(
      'licensedSince',
      'an expert needs at least {years} full years of independent practice',
      'insufficient-practice',
      { years: MINIMUM_YEARS_OF_PRACTICE },
    );
  }
  return [
    {
      type: 'ExpertRegistered',
      data: {
        expertId: command.expertId,
        name: command.name,
        hospitalId: hospital.hospitalId,
        departmentId,
        specialty: command.specialty,
        title,
        licensedSince,
        registeredBy: command.registeredBy,
        registeredAt: command.now,
      },
    },
  ];
}

export function publishAvailability(command: PublishAvailability, state: ExpertState): ExpertEvent[] {
  if (state.status !== 'registered') throw new ExpertNotRegistered('publish availability');
  const { slots, now } = command;
  if (!Array.isArray(slots) || slots.length === 0) throw new InvalidValue('slots', 'name at least one slot');
  requireNow(now);
  for (const slot of slots) {
    if (!isWellFormedSlot(slot)) {
      throw new InvalidValue('slots', 'each slot needs ISO-8601 start and end instants, start before end');
    }
    if (durationMinutes(slot) > LONGEST_SLOT_MINUTES) {
      throw new InvalidValue('slots', 'slot {start}–{end} is longer than 24 hours', undefined, { start: slot.start, end: slot.end });
    }
    if (Date.parse(slot.end) < Date.parse(now)) {
      throw new InvalidValue('slots', 'slot {start}–{end} is already over', 'slot-in-past', { start: slot.start, end: slot.end });
    }
  }
  return [
    {
      type: 'AvailabilityPublished',
      data: {
        expertId: state.expertId,
        slots: slots.map(({ start, end }) => ({ start, end })),
        publishedBy: command.publishedBy,
        publishedAt: now,
      },
    },
  ];
}

/**
 * Books the expert, or moves an existing booking of the same id to the new slot. Retrying the same
 * booking changes nothing, so a caller may repeat the command safely.
 */
export function bookExpert(command: BookExpert, state: ExpertState): ExpertEvent[] {
  if (state.status !== 'registered') throw new ExpertNotRegistered('book an expert');
  const { bookingId, activity, slot } = command;
  if (!isWellFormedSlot(slot)) {
    throw new InvalidValue('start', 'the slot needs ISO-8601 start and end instants, start before end');
  }
  if (!BOOKED_ACTIVITIES.includes(activity)) {
    throw new InvalidValue('activity', 'must be one of {values}', undefined, { values: BOOKED_ACTIVITIES.join(', ') });
  }
  const existing = bookingOf(state, bookingId);
  if (existing && sameSlot(existing, slot)) return [];
  // Only bookings that have not ended are kept (see ExpertState): a slot starting in the past could
  // clash with one forgotten. A booking that keeps its start (lengthened again, say, when cutting it
  // short is undone) covers its own past, where no other booking can be.
  const keepsItsStart = existing !== undefined && Date.parse(existing.start) === Date.parse(slot.start);
  if (Date.parse(slot.start) < Date.parse(command.now) && !keepsItsStart) {
    throw new InvalidValue('start', 'a booking must not start in the past', 'start-in-past');
  }
  const clash = clashingBooking(state, slot, bookingId);
  if (clash) throw new DoubleBooking(state.expertId, clash);
  if (existing) {
    return [
      {
        type: 'ExpertBookingMoved',
        data: {
          expertId: state.expertId,
          bookingId,
          previousStart: existing.start,
          previousEnd: existing.end,
          start: slot.start,
          end: slot.end,
          movedBy: command.bookedBy,
          movedAt: command.now,
        },
      },
    ];
  }
  return [
    {
      type: 'ExpertBooked',
      data: {
        expertId: state.expertId,
        bookingId,
        activity,
        start: slot.start,
        end: slot.end,
        bookedBy: command.bookedBy,
        bookedAt: command.now,
      },
    },
  ];
}

/** Releasing a booking that is not (or no longer) in the calendar changes nothing. */
export function releaseBooking(command: ReleaseBooking, state: ExpertState): ExpertEvent[] {
  if (state.status !== 'registered') throw new ExpertNotRegistered('release a booking');
  if (!bookingOf(state, command.bookingId)) return [];
  return [
    {
      type: 'ExpertBookingReleased',
      data: {
        expertId: state.expertId,
        bookingId: command.bookingId,
        reason: command.reason,
        releasedBy: command.releasedBy,
        releasedAt: command.now,
      },
    },
  ];
}

/**
 * A booking must say when the session really took place: ended before its slot began, the whole
 * booking is freed; ended during it, the booking is cut short at the end; ended after it, it stays.
 */
export function finishBooking(command: FinishBooking, state: ExpertState): ExpertEvent[] {
  if (state.status !== 'registered') throw new ExpertNotRegistered('finish a booking');
  requireNow(command.now);
  const booking = bookingOf(state, command.bookingId);
  const finishedAt = Date.parse(command.now);
  if (!booking || finishedAt >= Date.parse(booking.end)) return [];
  if (finishedAt <= Date.parse(booking.start)) {
    return releaseBooking({ type: 'ReleaseBooking', bookingId: booking.bookingId, reason: command.reason, releasedBy: command.finishedBy, now: command.now }, state);
  }
  return [
    {
      type: 'ExpertBookingMoved',
      data: {
        expertId: state.expertId,
        bookingId: booking.bookingId,
        previousStart: booking.start,
        previousEnd: booking.end,
        start: booking.start,
        end: new Date(finishedAt).toISOString(),
        movedBy: command.finishedBy,
        movedAt: command.now,
      },
    },
  ];
}

/**
 * How many events a calendar's stream holds at least after its latest closing of the books before a
 * command closes them again: a cold load reads about this many events, however long the expert works.
 */
export const CLOSE_BOOKS_AFTER_EVENTS = 50;

/**
 * Entries (bookings and slots of availability still ahead) a closing of the books may carry per
 * event since the last one. A diary with many bookings ahead closes its books less often, so the
 * summaries cost a few entries per event however full the diary: closing after max(50, n / 4)
 * events writes at most 4 entries per event on average, and a cold load reads one summary of the n
 * open entries and at most as many events again as a quarter of them.
 */
export const CLOSING_ENTRIES_PER_EVENT = 4;

/** Events after which the books of this calendar are due to be closed again. */
export function booksClosingInterval(state: ExpertState): number {
  if (state.status !== 'registered') return CLOSE_BOOKS_AFTER_EVENTS;
  const openEntries = state.bookings.size + state.availability.length;
  return Math.max(CLOSE_BOOKS_AFTER_EVENTS, Math.ceil(openEntries / CLOSING_ENTRIES_PER_EVENT));
}

/**
 * Why the books are closed in the stream rather than the stream split by period or a snapshot kept
 * beside the log: the summary is an ordinary event of the same stream, appended in the same append
 * as the change that made it due and with the same expected revision, so of two commands racing on
 * one calendar still exactly one wins; the calendar stays the one consistency boundary of the
 * EventStoreDB saga, whose undo is decided on the state folded from the summary on; every store
 * already reads a stream backwards, so no adapter changes; and the log stays the only truth, in the
 * hash chain, verified and exported like any event. A snapshot store would need a table (or
 * stream) of its own on three stores, and streams per period would move bookings across streams
 * and split the saga's boundary.
 */
export function closeBooksIfDue(events: ExpertEvent[], state: ExpertState, now: string): ExpertEvent[] {
  if (events.length === 0) return events;
  const after = events.reduce(evolve, state);
  if (after.status !== 'registered' || after.eventsSinceBooksClosed < booksClosingInterval(after)) return events;
  const { expertId, name, hospitalId, departmentId, specialty, title, licensedSince, availability, bookings } = after;
  return [
    ...events,
    {
      type: 'ExpertBooksClosed',
      data: {
        expertId,
        name,
        hospitalId,
        departmentId,
        specialty,
        title,
        licensedSince,
        availability: availability.map(({ start, end }) => ({ start, end })),
        bookings: bookings.list(),
        closedAt: now,
      },
    },
  ];
}

export function decide(command: ExpertCommand, state: ExpertState): ExpertEvent[] {
  return closeBooksIfDue(decideChange(command, state), state, command.now);
}

function decideChange(command: ExpertCommand, state: ExpertState): ExpertEvent[] {
  switch (command.type) {
    case 'RegisterExpert':
      return registerExpert(command, state);
    case 'PublishAvailability':
      return publishAvailability(command, state);
    case 'BookExpert':
      return bookExpert(command, state);
    case 'ReleaseBooking':
      return releaseBooking(command, state);
    case 'FinishBooking':
      return finishBooking(command, state);
  }
}

export const expertDecider: Decider<ExpertCommand, ExpertEvent, ExpertState> = {
  decide,
  evolve,
  initialState,
  summaryEventType: 'ExpertBooksClosed',
};
