import BTree from 'sorted-btree';
import type { TimeSlot } from '@telemed/domain/core';

export const BOOKED_ACTIVITIES = ['consultation', 'case-review', 'training'] as const;
export type BookedActivity = (typeof BOOKED_ACTIVITIES)[number];

export interface ExpertBooking {
  bookingId: string;
  activity: BookedActivity;
  start: string;
  end: string;
}

/** A booking's place in the diary: its start as an instant, then its id (starts never repeat, bookings do not overlap). */
type Place = readonly [start: number, bookingId: string];

const at = (instant: string): number => Date.parse(instant);
const placeOf = (booking: ExpertBooking): Place => [at(booking.start), booking.bookingId];
const byPlace = (a: Place, b: Place): number => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The bookings of an expert that have not ended, sorted by start: the command side's whole calendar.
 *
 * Immutable and persistent: every change answers a new diary that shares all but the changed path
 * of its two B+ trees with the old one (their copy-on-write clones), so a fold costs O(log n) per
 * event however many bookings lie ahead, and a state kept by a cache or read by a decision is never
 * changed under it; the trees are private and only ever cloned, never set in place. Two
 * bookings never overlap, so the order by start is also the order by end: the bookings that ended
 * are the first ones, a clash is found next to the slot's start, and both cost O(log n).
 */
export class BookingDiary {
  private static readonly EMPTY = new BookingDiary(new BTree<Place, ExpertBooking>(undefined, byPlace), new BTree<string, ExpertBooking>(undefined, byId));

  private constructor(
    private readonly byStart: BTree<Place, ExpertBooking>,
    private readonly byBookingId: BTree<string, ExpertBooking>,
  ) {}

  static empty(): BookingDiary {
    return BookingDiary.EMPTY;
  }

  /** The diary of the bookings, built at once; of two entries under one id the later one counts. */
  static of(bookings: readonly ExpertBooking[]): BookingDiary {
    const entries = new Map<string, ExpertBooking>();
    for (const { bookingId, activity, start, end } of bookings) entries.set(bookingId, { bookingId, activity, start, end });
    const all = [...entries.values()];
    return new BookingDiary(
      new BTree<Place, ExpertBooking>(all.map((entry) => [placeOf(entry), entry]), byPlace),
      new BTree<string, ExpertBooking>(all.map((entry) => [entry.bookingId, entry]), byId),
    );
  }

  get size(): number {
    return this.byBookingId.size;
  }

  get(bookingId: string): ExpertBooking | undefined {
    return this.byBookingId.get(bookingId);
  }

  /** The diary with the booking entered, in place of any earlier entry under its id. */
  with(booking: ExpertBooking): BookingDiary {
    const entry = { bookingId: booking.bookingId, activity: booking.activity, start: booking.start, end: booking.end };
    const previous = this.byBookingId.get(booking.bookingId);
    const byStart = previous ? this.byStart.without(placeOf(previous)) : this.byStart;
    return new BookingDiary(byStart.with(placeOf(entry), entry, true), this.byBookingId.with(entry.bookingId, entry, true));
  }

  without(bookingId: string): BookingDiary {
    const previous = this.byBookingId.get(bookingId);
    if (!previous) return this;
    return new BookingDiary(this.byStart.without(placeOf(previous)), this.byBookingId.without(bookingId));
  }

  /** The diary without the bookings that ended before `instant` (one ending exactly then is kept: it may still be undone). */
  notEndedAt(instant: string): BookingDiary {
    const now = at(instant);
    if (Number.isNaN(now)) return this;
    let diary: BookingDiary = this;
    for (let first = diary.byStart.nextHigherPair(undefined); first && at(first[1].end) < now; first = diary.byStart.nextHigherPair(undefined)) {
      diary = diary.without(first[1].bookingId);
    }
    return diary;
  }

  /**
   * The booking the slot would overlap, if any, other than `bookingId` itself: the one starting
   * before the slot if it ends after the slot starts, else the first ones starting inside it.
   */
  clashWith(slot: TimeSlot, bookingId: string): ExpertBooking | undefined {
    const start = at(slot.start);
    const end = at(slot.end);
    const before = this.byStart.nextLowerPair([start, '']);
    if (before && at(before[1].end) > start && before[1].bookingId !== bookingId) return before[1];
    for (const [[bookingStart], booking] of this.byStart.entries([start, ''])) {
      if (bookingStart >= end) return undefined;
      if (booking.bookingId !== bookingId) return booking;
    }
    return undefined;
  }

  /** The bookings that overlap the range, sorted by start. */
  within(range: TimeSlot): ExpertBooking[] {
    const start = at(range.start);
    const end = at(range.end);
    const found: ExpertBooking[] = [];
    const before = this.byStart.nextLowerPair([start, '']);
    if (before && at(before[1].end) > start) found.push(before[1]);
    for (const [[bookingStart], booking] of this.byStart.entries([start, ''])) {
      if (bookingStart >= end) break;
      found.push(booking);
    }
    return found;
  }

  /** Every booking, sorted by start. O(n): for closing the books and for reading, never per event. */
  list(): ExpertBooking[] {
    return this.byStart.valuesArray();
  }
}
