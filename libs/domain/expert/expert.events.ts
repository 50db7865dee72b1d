import type { DomainEvent, TimeSlot } from '@telemed/domain/core';
import { clipSlots, isWellFormedSlot, mergeSlots, subtractSlots } from './expert.calendar';
import { BookingDiary, type BookedActivity, type ExpertBooking } from './expert.diary';

export { BOOKED_ACTIVITIES, BookingDiary, type BookedActivity, type ExpertBooking } from './expert.diary';

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
       * The bookings that have not ended: the command side's whole calendar, in a persistent sorted
       * diary (see BookingDiary). A booking is dropped once an event of the calendar is recorded
       * after its end: a new slot never starts in the past, so an ended booking cannot clash with
       * it. The read model keeps the whole history; this stays as small as the expert's diary of
       * coming work, however many years of bookings the stream holds.
       */
      bookings: BookingDiary;
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
      bookings: BookingDiary.empty(),
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
      bookings: BookingDiary.of(bookings),
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
      const { slots, publishedAt } = event.data;
      const availability = notOver(mergeSlots([...state.availability, ...slots]), publishedAt);
      return { ...state, availability, bookings: state.bookings.notEndedAt(publishedAt) };
    }
    case 'ExpertBooked': {
      const { bookingId, activity, start, end, bookedAt } = event.data;
      return { ...state, bookings: state.bookings.notEndedAt(bookedAt).with({ bookingId, activity, start, end }) };
    }
    case 'ExpertBookingMoved': {
      const { bookingId, start, end, movedAt } = event.data;
      const booking = state.bookings.get(bookingId);
      const bookings = state.bookings.without(bookingId).notEndedAt(movedAt);
      return { ...state, bookings: booking ? bookings.with({ ...booking, start, end }) : bookings };
    }
    case 'ExpertBookingReleased': {
      const { bookingId, releasedAt } = event.data;
      return { ...state, bookings: state.bookings.notEndedAt(releasedAt).without(bookingId) };
    }
    default:
      // Events of types this version does not know are facts for someone else: keep the state.
      return state;
  }
}

const at = (instant: string): number => Date.parse(instant);

function notOver(slots: TimeSlot[], instant: string): TimeSlot[] {
  const now = at(instant);
  return Number.isNaN(now) ? slots : slots.filter((slot) => at(slot.end) >= now);
}

/** The booking the slot would overlap, if any, other than `bookingId` itself. O(log n). */
export function clashingBooking(state: ExpertState, slot: TimeSlot, bookingId: string): ExpertBooking | undefined {
  return state.status === 'registered' ? state.bookings.clashWith(slot, bookingId) : undefined;
}

export const expertStreamId = (expertId: string): string => `expert-${expertId}`;

/** A booking that has not ended; an ended one is history, kept by the read model. */
export function bookingOf(state: ExpertState, bookingId: string): ExpertBooking | undefined {
  return state.status === 'registered' ? state.bookings.get(bookingId) : undefined;
}

/** Every booking not yet ended, sorted by start. O(n): for reading, never for a decision. */
export const bookingsOf = (state: ExpertState): readonly ExpertBooking[] => (state.status === 'registered' ? state.bookings.list() : []);

/** The published availability inside the range that no booking takes, sorted and clipped to the range. */
export function freeSlots(state: ExpertState, range: TimeSlot): TimeSlot[] {
  if (state.status !== 'registered' || !isWellFormedSlot(range)) return [];
  return subtractSlots(clipSlots(state.availability, range), state.bookings.within(range));
}
