import type { DomainEvent, TimeSlot } from '@telemed/domain/core';
import { clipSlots, isWellFormedSlot, mergeSlots, subtractSlots } from './expert.calendar';

/** Professional titles of a physician, lowest rank first. */
export const EXPERT_TITLES = [
  'resident-physician',
  'attending-physician',
  'associate-chief-physician',
  'chief-physician',
] as const;
export type ExpertTitle = (typeof EXPERT_TITLES)[number];

/** 0 for a resident up to 3 for a chief physician; -1 for anything that is not a title. */
export const titleRank = (title: ExpertTitle): number => EXPERT_TITLES.indexOf(title);

export const isExpertTitle = (value: unknown): value is ExpertTitle =>
  (EXPERT_TITLES as readonly unknown[]).includes(value);

export const BOOKED_ACTIVITIES = ['consultation', 'case-review', 'training'] as const;
export type BookedActivity = (typeof BOOKED_ACTIVITIES)[number];

export interface ExpertBooking {
  bookingId: string;
  activity: BookedActivity;
  start: string;
  end: string;
}

export type ExpertRegistered = DomainEvent<
  'ExpertRegistered',
  {
    expertId: string;
    name: string;
    hospitalId: string;
    departmentId: string;
    specialty: string;
    title: ExpertTitle;
    licensedSince: string;
    registeredBy: string;
    registeredAt: string;
  }
>;

/** The slots are added to what the expert already offered. */
export type AvailabilityPublished = DomainEvent<
  'AvailabilityPublished',
  { expertId: string; slots: TimeSlot[]; publishedBy: string; publishedAt: string }
>;

export type ExpertBooked = DomainEvent<
  'ExpertBooked',
  ExpertBooking & { expertId: string; bookedBy: string; bookedAt: string }
>;

export type ExpertBookingMoved = DomainEvent<
  'ExpertBookingMoved',
  {
    expertId: string;
    bookingId: string;
    previousStart: string;
    previousEnd: string;
    start: string;
    end: string;
    movedBy: string;
    movedAt: string;
  }
>;

export type ExpertBookingReleased = DomainEvent<
  'ExpertBookingReleased',
  { expertId: string; bookingId: string; reason: string; releasedBy: string; releasedAt: string }
>;

/**
 * The books of the calendar closed: the whole open state of the command side (the expert's
 * particulars, availability not yet over, bookings not yet ended) carried forward in one event, so
 * that a load reads the stream backwards only as far as the latest of these and folds from there.
 * A fact of the calendar's bookkeeping, not of the expert's work: read models ignore it.
 */
export type ExpertBooksClosed = DomainEvent<
  'ExpertBooksClosed',
  {
    expertId: string;
    name: string;
    hospitalId: string;
    departmentId: string;
    specialty: string;
    title: ExpertTitle;
    licensedSince: string;
    availability: TimeSlot[];
    bookings: ExpertBooking[];
    closedAt: string;
  }
>;

export type ExpertEvent =
  | ExpertRegistered
  | AvailabilityPublished
  | ExpertBooked
  | ExpertBookingMoved
  | ExpertBookingReleased
  | ExpertBooksClosed;

export type ExpertState =
  | { status: 'unregistered' }
  | {
      status: 'registered';
      expertId: string;
      name: string;
      hospitalId: string;
      departmentId: string;
      specialty: string;
      title: ExpertTitle;
      licensedSince: string;
      /** Sorted, with no two slots overlapping or touching; slots already over are dropped. */
      availability: TimeSlot[];
      /**
       * The bookings that have not ended, sorted by start: the command side's whole calendar. Two
       * bookings never overlap, so their ends are sorted too, and a clash is found by binary search.
       * A booking is dropped once an event of the calendar is recorded after its end: a new slot
       * never starts in the past, so an ended booking cannot clash with it. The read model keeps
       * the whole history; this stays as small as the expert's diary of coming work, however many
       * years of bookings the stream holds.
       */
      bookings: readonly ExpertBooking[];
      /** Events of the calendar since its books were last closed (or since it began): see `closeBooksIfDue`. */
      eventsSinceBooksClosed: number;
    };

export type RegisteredExpert = Extract<ExpertState, { status: 'registered' }>;

export const initialState = (): ExpertState => ({ status: 'unregistered' });

export function evolve(state: ExpertState, event: ExpertEvent): ExpertState {
  if (event.type === 'ExpertRegistered') {
    const { expertId, name, hospitalId, departmentId, specialty, title, licensedSince } = event.data;
    return {
      status: 'registered',
      expertId,
      name,
      hospitalId,
      departmentId,
      specialty,
      title,
      licensedSince,
      availability: [],
      bookings: [],
      eventsSinceBooksClosed: 1,
    };
  }
  if (event.type === 'ExpertBooksClosed') {
    const { expertId, name, hospitalId, departmentId, specialty, title, licensedSince, availability, bookings } = event.data;
    return {
      status: 'registered',
      expertId,
      name,
      hospitalId,
      departmentId,
      specialty,
      title,
      licensedSince,
      availability: [...availability],
      bookings: [...bookings],
      eventsSinceBooksClosed: 0,
    };
  }
  if (state.status !== 'registered') return state;
  const next = evolveCalendar(state, event);
  // A type this version does not know leaves the state as it is; none of those is written by it.
  return next === state ? state : { ...next, eventsSinceBooksClosed: state.eventsSinceBooksClosed + 1 };
}

function evolveCalendar(state: RegisteredExpert, event: ExpertEvent): RegisteredExpert {
  switch (event.type) {
    case 'AvailabilityPublished': {
      const availability = mergeSlots([...state.availability, ...event.data.slots]);
      return { ...state, availability: notOver(availability, event.data.publishedAt), bookings: notEnded(state.bookings, event.data.publishedAt) };
    }
    case 'ExpertBooked': {
      const { bookingId, activity, start, end, bookedAt } = event.data;
      const others = notEnded(state.bookings, bookedAt).filter((booking) => booking.bookingId !== bookingId);
      return { ...state, bookings: inserted(others, { bookingId, activity, start, end }) };
    }
    case 'ExpertBookingMoved': {
      const { bookingId, start, end, movedAt } = event.data;
      const booking = bookingOf(state, bookingId);
      const others = notEnded(state.bookings, movedAt).filter((entry) => entry.bookingId !== bookingId);
      return { ...state, bookings: booking ? inserted(others, { ...booking, start, end }) : others };
    }
    case 'ExpertBookingReleased': {
      const { bookingId, releasedAt } = event.data;
      return { ...state, bookings: notEnded(state.bookings, releasedAt).filter((booking) => booking.bookingId !== bookingId) };
    }
    default:
      // Events of types this version does not know are facts for someone else: keep the state.
      return state;
  }
}

const at = (instant: string): number => Date.parse(instant);

/** The bookings that end after `instant` (a booking ending exactly then is kept: it may still be undone). */
function notEnded(bookings: readonly ExpertBooking[], instant: string): readonly ExpertBooking[] {
  const now = at(instant);
  if (Number.isNaN(now) || bookings.length === 0 || at(bookings[0].end) >= now) return bookings;
  return bookings.slice(firstEndingAfter(bookings, now - 1));
}

function notOver(slots: TimeSlot[], instant: string): TimeSlot[] {
  const now = at(instant);
  return Number.isNaN(now) ? slots : slots.filter((slot) => at(slot.end) >= now);
}

/** Index of the first booking that ends after `instant` (ms); ends are sorted because bookings do not overlap. */
function firstEndingAfter(bookings: readonly ExpertBooking[], instant: number): number {
  let low = 0;
  let high = bookings.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (at(bookings[middle].end) > instant) high = middle;
    else low = middle + 1;
  }
  return low;
}

function inserted(bookings: readonly ExpertBooking[], booking: ExpertBooking): ExpertBooking[] {
  const start = at(booking.start);
  let index = bookings.length;
  while (index > 0 && at(bookings[index - 1].start) > start) index--;
  return [...bookings.slice(0, index), booking, ...bookings.slice(index)];
}

/**
 * The booking the slot would overlap, if any, other than `bookingId` itself: the first booking
 * that ends after the slot starts, if it also starts before the slot ends. O(log n).
 */
export function clashingBooking(state: ExpertState, slot: TimeSlot, bookingId: string): ExpertBooking | undefined {
  if (state.status !== 'registered') return undefined;
  const others = state.bookings;
  for (let index = firstEndingAfter(others, at(slot.start)); index < others.length; index++) {
    const booking = others[index];
    if (at(booking.start) >= at(slot.end)) return undefined;
    if (booking.bookingId !== bookingId) return booking;
  }
  return undefined;
}

export const expertStreamId = (expertId: string): string => `expert-${expertId}`;

/** A booking that has not ended; an ended one is history, kept by the read model. */
export function bookingOf(state: ExpertState, bookingId: string): ExpertBooking | undefined {
  return state.status === 'registered' ? state.bookings.find((booking) => booking.bookingId === bookingId) : undefined;
}

export const bookingsOf = (state: ExpertState): readonly ExpertBooking[] => (state.status === 'registered' ? state.bookings : []);

/** The published availability inside the range that no booking takes, sorted and clipped to the range. */
export function freeSlots(state: ExpertState, range: TimeSlot): TimeSlot[] {
  if (state.status !== 'registered' || !isWellFormedSlot(range)) return [];
  return subtractSlots(clipSlots(state.availability, range), bookingsOf(state));
}
