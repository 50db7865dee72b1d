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

export type ExpertEvent =
  | ExpertRegistered
  | AvailabilityPublished
  | ExpertBooked
  | ExpertBookingMoved
  | ExpertBookingReleased;

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
      /** Sorted, with no two slots overlapping or touching. */
      availability: TimeSlot[];
      /** Current bookings only: a released booking is gone from the calendar (not from the history). */
      bookings: Record<string, ExpertBooking>;
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
      bookings: {},
    };
  }
  if (state.status !== 'registered') return state;
  switch (event.type) {
    case 'AvailabilityPublished':
      return { ...state, availability: mergeSlots([...state.availability, ...event.data.slots]) };
    case 'ExpertBooked': {
      const { bookingId, activity, start, end } = event.data;
      return { ...state, bookings: { ...state.bookings, [bookingId]: { bookingId, activity, start, end } } };
    }
    case 'ExpertBookingMoved': {
      const { bookingId, start, end } = event.data;
      const booking = bookingOf(state, bookingId);
      if (!booking) return state;
      return { ...state, bookings: { ...state.bookings, [bookingId]: { ...booking, start, end } } };
    }
    case 'ExpertBookingReleased': {
      const { [event.data.bookingId]: _released, ...bookings } = state.bookings;
      return { ...state, bookings };
    }
    default:
      // Events of types this version does not know are facts for someone else: keep the state.
      return state;
  }
}

export const expertStreamId = (expertId: string): string => `expert-${expertId}`;

export function bookingOf(state: ExpertState, bookingId: string): ExpertBooking | undefined {
  if (state.status !== 'registered' || !Object.hasOwn(state.bookings, bookingId)) return undefined;
  return state.bookings[bookingId];
}

export const bookingsOf = (state: ExpertState): ExpertBooking[] =>
  state.status === 'registered' ? Object.values(state.bookings) : [];

/** The published availability inside the range that no booking takes, sorted and clipped to the range. */
export function freeSlots(state: ExpertState, range: TimeSlot): TimeSlot[] {
  if (state.status !== 'registered' || !isWellFormedSlot(range)) return [];
  return subtractSlots(clipSlots(state.availability, range), bookingsOf(state));
}
