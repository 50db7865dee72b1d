import { foldEvents } from '@telemed/domain/core';
import { booksClosingInterval, CLOSE_BOOKS_AFTER_EVENTS, CLOSING_ENTRIES_PER_EVENT, expertDecider } from './expert.decider';
import { bookingsOf, type ExpertEvent } from './expert.events';
import { book, booked, drLiRegistered, now } from './expert.testing';

const HOUR = 3_600_000;
const hourFrom = (offset: number): string => new Date(Date.parse('2024-06-01T00:00:00Z') + offset * HOUR).toISOString();
/** Bookings every other hour from 1 June on, well after `now`. */
const bookings = (count: number, from = 0): ExpertEvent[] =>
  Array.from({ length: count }, (_, index) => booked(`b-${from + index}`, hourFrom(2 * (from + index)), hourFrom(2 * (from + index) + 1)));

describe('closing the books of a calendar', () => {
  it('a change that makes the stream long since its last closing closes the books in the same decision', () => {
    const history = [drLiRegistered, ...bookings(CLOSE_BOOKS_AFTER_EVENTS - 2)];
    const events = expertDecider.decide(book('b-new', hourFrom(-3), hourFrom(-2)), foldEvents(expertDecider, history));
    expect(events.map((event) => event.type)).toEqual(['ExpertBooked', 'ExpertBooksClosed']);
    const closed = events[1].data as { bookings: { bookingId: string }[]; closedAt: string; expertId: string };
    expect(closed.expertId).toBe('dr-li');
    expect(closed.closedAt).toBe(now);
    expect(closed.bookings.map((entry) => entry.bookingId)).toEqual(['b-new', ...bookings(CLOSE_BOOKS_AFTER_EVENTS - 2).map((event) => (event.data as { bookingId: string }).bookingId)]);
  });

  it('a shorter stream is not closed', () => {
    const history = [drLiRegistered, ...bookings(CLOSE_BOOKS_AFTER_EVENTS - 3)];
    const events = expertDecider.decide(book('b-new', hourFrom(-3), hourFrom(-2)), foldEvents(expertDecider, history));
    expect(events.map((event) => event.type)).toEqual(['ExpertBooked']);
  });

  it('a command that changes nothing closes nothing, so repeating it stays harmless', () => {
    const history = [drLiRegistered, ...bookings(CLOSE_BOOKS_AFTER_EVENTS * 2)];
    expect(expertDecider.decide(book('b-0', hourFrom(0), hourFrom(1)), foldEvents(expertDecider, history))).toEqual([]);
  });

  it('the summary alone folds to the calendar it closed', () => {
    const history = [drLiRegistered, ...bookings(CLOSE_BOOKS_AFTER_EVENTS)];
    const state = foldEvents(expertDecider, history);
    const events = expertDecider.decide(book('b-new', hourFrom(-3), hourFrom(-2)), state);
    const whole = foldEvents(expertDecider, [...history, ...events]);
    const fromSummary = foldEvents(expertDecider, [events[1]]);
    expect(fromSummary).toEqual(whole);
    expect(bookingsOf(fromSummary)).toHaveLength(CLOSE_BOOKS_AFTER_EVENTS + 1);
  });

  it('after the books are closed, the clash check sees the bookings they carried', () => {
    const history = [drLiRegistered, ...bookings(CLOSE_BOOKS_AFTER_EVENTS)];
    const closing = expertDecider.decide(book('b-new', hourFrom(-3), hourFrom(-2)), foldEvents(expertDecider, history));
    const fromSummary = foldEvents(expertDecider, [closing[1]]);
    expect(() => expertDecider.decide(book('b-late', hourFrom(0), hourFrom(1)), fromSummary)).toThrow('b-0');
  });

  it('carries no more than the open calendar: ended bookings stay behind in the history', () => {
    const past = booked('b-past', '2024-05-06T00:00:00Z', '2024-05-06T01:00:00Z');
    const history = [drLiRegistered, past, ...bookings(CLOSE_BOOKS_AFTER_EVENTS)];
    const events = expertDecider.decide(book('b-new', hourFrom(-3), hourFrom(-2)), foldEvents(expertDecider, history));
    const closed = events.find((event) => event.type === 'ExpertBooksClosed')!.data as { bookings: { bookingId: string }[] };
    expect(closed.bookings.map((entry) => entry.bookingId)).not.toContain('b-past');
  });

  it('a diary full of coming work closes its books less often, so that a closing costs a few entries per event', () => {
    const full = 8 * CLOSE_BOOKS_AFTER_EVENTS;
    let state = foldEvents(expertDecider, [drLiRegistered, ...bookings(full)]);
    let next = 0;
    const bookNext = (): ExpertEvent[] => {
      const events = expertDecider.decide(book(`b-more-${next}`, hourFrom(2 * (full + next)), hourFrom(2 * (full + next) + 1)), state);
      next++;
      state = events.reduce(expertDecider.evolve, state);
      return events;
    };
    expect(bookNext().map((event) => event.type)).toEqual(['ExpertBooked', 'ExpertBooksClosed']);
    let between = 0;
    let closing: ExpertEvent | undefined;
    while (!closing) {
      between++;
      closing = bookNext().find((event) => event.type === 'ExpertBooksClosed');
    }
    const carried = (closing.data as { bookings: unknown[] }).bookings.length;
    expect(carried).toBe(full + between + 1);
    expect(between).toBe(Math.ceil(carried / CLOSING_ENTRIES_PER_EVENT));
    expect(between).toBeGreaterThan(CLOSE_BOOKS_AFTER_EVENTS);
  });
});
