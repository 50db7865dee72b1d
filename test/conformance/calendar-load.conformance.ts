import { randomUUID } from 'node:crypto';
import { foldEvents } from '@telemed/domain/core';
import { bookingsOf, CLOSE_BOOKS_AFTER_EVENTS, expertDecider, type ExpertEvent, type ExpertState, expertStreamId } from '@telemed/domain/expert';
import type { EventStore, NewEvent, ReadStreamOptions, RecordedEvent } from '@telemed/event-store';
import { VersionConflict } from '@telemed/event-store';
import { UnitOfWork } from '@telemed/application/commands/unit-of-work';
import type { EventStoreFactory, EventStoreUnderTest } from './event-store-fixtures';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = Date.parse('2026-12-05T02:00:00Z');
const iso = (ms: number): string => new Date(ms).toISOString();
const metadata = { actor: { userId: 'coordinator-1', role: 'coordinator' as const }, correlationId: 'calendar-load' };

/** Counts the events every read of a stream hands back: what a load costs, whatever the store. */
class CountingStore {
  eventsRead = 0;
  constructor(readonly inner: EventStore) {}
  get store(): EventStore {
    return new Proxy(this.inner, {
      get: (target, property) => {
        if (property !== 'readStream') return Reflect.get(target, property, target);
        return async (streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> => {
          const events = await target.readStream(streamId, options);
          this.eventsRead += events.length;
          return events;
        };
      },
    });
  }
}

const registered = (expertId: string, at: number): ExpertEvent => ({
  type: 'ExpertRegistered',
  data: {
    expertId,
    name: 'Li Wei',
    hospitalId: 'ruijin',
    departmentId: 'rj-cardio',
    specialty: 'cardiology',
    title: 'chief-physician',
    licensedSince: '2005-07-01',
    registeredBy: 'coordinator-1',
    registeredAt: iso(at),
  },
});

/** One one-hour booking a day for `count` days up to a few days from now, each decided as the API decides it. */
function yearsOfBookings(expertId: string, count: number): ExpertEvent[] {
  const events: ExpertEvent[] = [registered(expertId, NOW - (count + 10) * DAY)];
  let state: ExpertState = foldEvents(expertDecider, events);
  for (let day = count - 1; day >= 0; day--) {
    const start = NOW - (day - 3) * DAY;
    const decided = expertDecider.decide(
      { type: 'BookExpert', bookingId: randomUUID(), activity: 'consultation', slot: { start: iso(start), end: iso(start + HOUR) }, bookedBy: 'coordinator-1', now: iso(start - 2 * DAY) },
      state,
    );
    state = decided.reduce(expertDecider.evolve, state);
    events.push(...decided);
  }
  return events;
}

const toNew = (event: ExpertEvent): NewEvent => ({ eventId: randomUUID(), type: event.type, schemaVersion: 1, data: event.data, metadata });

async function write(store: EventStore, streamId: string, events: ExpertEvent[]): Promise<void> {
  for (let from = 0; from < events.length; from += 500) {
    await store.appendToStream(streamId, events.slice(from, from + 500).map(toNew), from === 0 ? 'no-stream' : from - 1);
  }
}

/** Reads of the expert's calendar stay bounded however long the expert has worked, on every store. */
export function describeCalendarLoadConformance(name: string, factory: EventStoreFactory): void {
  describe(`${name}: an expert's calendar loaded cold`, () => {
    let underTest: EventStoreUnderTest;
    beforeEach(async () => {
      underTest = await factory();
    });
    afterEach(() => underTest.cleanup());

    it('after 10,000 bookings reads back only to the latest closing of the books, and folds the same calendar', async () => {
      const expertId = randomUUID();
      const history = yearsOfBookings(expertId, 10_000);
      await write(underTest.store, expertStreamId(expertId), history);
      const counting = new CountingStore(underTest.store);
      const loaded = await new UnitOfWork(counting.store).load(expertStreamId(expertId), expertDecider);
      expect(counting.eventsRead).toBeLessThanOrEqual(CLOSE_BOOKS_AFTER_EVENTS + 64);
      expect(loaded.expectedRevision).toBe(history.length - 1);
      expect(loaded.state).toEqual(foldEvents(expertDecider, history));
    });

    it('a calendar written before the books were ever closed still loads whole', async () => {
      const expertId = randomUUID();
      const start = (day: number) => NOW + day * DAY;
      const history: ExpertEvent[] = [
        registered(expertId, NOW),
        ...Array.from({ length: 150 }, (_, day): ExpertEvent => ({
          type: 'ExpertBooked',
          data: { expertId, bookingId: `b-${day}`, activity: 'consultation', start: iso(start(day + 1)), end: iso(start(day + 1) + HOUR), bookedBy: 'coordinator-1', bookedAt: iso(NOW) },
        })),
      ];
      await write(underTest.store, expertStreamId(expertId), history);
      const loaded = await new UnitOfWork(underTest.store).load(expertStreamId(expertId), expertDecider);
      expect(loaded.state).toEqual(foldEvents(expertDecider, history));
      expect(loaded.expectedRevision).toBe(150);
    });

    it('of two bookings racing on a calendar whose books they both close, exactly one is written', async () => {
      const expertId = randomUUID();
      const streamId = expertStreamId(expertId);
      // Registration and 98 bookings: 49 events since the books last closed, so the next booking closes them.
      const history = yearsOfBookings(expertId, 2 * (CLOSE_BOOKS_AFTER_EVENTS - 1));
      await write(underTest.store, streamId, history);
      const racers = [new UnitOfWork(underTest.store), new UnitOfWork(underTest.store)];
      const slot = { start: iso(NOW + 10 * DAY), end: iso(NOW + 10 * DAY + HOUR) };
      for (const [index, unitOfWork] of racers.entries()) {
        const { events } = await unitOfWork.decide(streamId, expertDecider, { type: 'BookExpert', bookingId: `racer-${index}`, activity: 'consultation', slot, bookedBy: 'coordinator-1', now: iso(NOW) });
        expect(events.map((event) => event.type)).toEqual(['ExpertBooked', 'ExpertBooksClosed']);
      }
      const outcomes = await Promise.allSettled(racers.map((unitOfWork) => unitOfWork.commit(metadata)));
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      const [refused] = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
      expect(refused.reason).toBeInstanceOf(VersionConflict);
      const { state } = await new UnitOfWork(underTest.store).load(streamId, expertDecider);
      expect(bookingsOf(state).filter((booking) => booking.bookingId.startsWith('racer-'))).toHaveLength(1);
    });

    it('a booking that closed the books and whose case could not be written is undone on the calendar as loaded from the closing', async () => {
      const expertId = randomUUID();
      const streamId = expertStreamId(expertId);
      await write(underTest.store, streamId, yearsOfBookings(expertId, 2 * (CLOSE_BOOKS_AFTER_EVENTS - 1)));
      const caseStreamId = `consultation-${randomUUID()}`;
      await underTest.store.appendToStream(caseStreamId, [{ eventId: randomUUID(), type: 'CaseNoted', schemaVersion: 1, data: {}, metadata }], 'no-stream');
      const unitOfWork = new UnitOfWork(underTest.store);
      const calendar = await unitOfWork.load(streamId, expertDecider);
      const slot = { start: iso(NOW + 10 * DAY), end: iso(NOW + 10 * DAY + HOUR) };
      const booked = expertDecider.decide({ type: 'BookExpert', bookingId: 'b-lost', activity: 'consultation', slot, bookedBy: 'coordinator-1', now: iso(NOW) }, calendar.state);
      expect(booked.map((event) => event.type)).toEqual(['ExpertBooked', 'ExpertBooksClosed']);
      unitOfWork.record(calendar, booked, {
        compensate: (current, reason) => expertDecider.decide({ type: 'ReleaseBooking', bookingId: 'b-lost', reason, releasedBy: 'coordinator-1', now: iso(NOW) }, current),
      });
      // The case stream exists already, so its append fails after (without a transaction) the calendar's.
      unitOfWork.record({ streamId: caseStreamId, state: undefined, expectedRevision: 'no-stream' }, [{ type: 'CaseNoted', data: {} }]);
      await expect(unitOfWork.commit(metadata)).rejects.toBeInstanceOf(VersionConflict);
      const events = (await underTest.store.readStream(streamId)).map((event) => ({ type: event.type, data: event.data }) as ExpertEvent);
      const { state } = await new UnitOfWork(underTest.store).load(streamId, expertDecider);
      expect(state).toEqual(foldEvents(expertDecider, events));
      expect(bookingsOf(state).some((booking) => booking.bookingId === 'b-lost')).toBe(false);
      // A saga (EventStoreDB) wrote the booking and its closing, then the release; a transaction wrote nothing.
      const saga = underTest.store.supportsAtomicMultiStreamAppend === false;
      expect(events.some((event) => event.type === 'ExpertBooked' && (event.data as { bookingId: string }).bookingId === 'b-lost')).toBe(saga);
    });
  });
}
