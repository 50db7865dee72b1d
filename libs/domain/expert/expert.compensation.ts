import { InvalidValue, type TimeSlot } from '@telemed/domain/core';
import { sameSlot } from './expert.calendar';
import { expertDecider } from './expert.decider';
import { DoubleBooking } from './expert.errors';
import { type BookedActivity, bookingOf, type ExpertEvent, type ExpertState } from './expert.events';

/** Decides, on a calendar as it is when the undo runs, the events that take a change back. */
export type CalendarUndo = (calendar: ExpertState, reason: string) => ExpertEvent[];

/** Who undoes, and when: the actor of the command whose change is taken back. */
export interface UndoContext {
  by: string;
  now: string;
}

/**
 * What undoes a command's change to one calendar when the case it was made for could not be
 * written (on a store without multi-stream transactions the calendars are written first). Decided
 * on the calendar as it is when the undo runs, and only while it still shows that change (another
 * command may have moved or released the booking since, and that command's case knows of it): a
 * new booking is released, a moved one goes back to its former slot, a released one comes back.
 * If the former slot was taken in the meantime the booking is left where it is: the command is then
 * decided again on fresh state (after a version conflict) and settles the calendar, or it fails with
 * the booking where it was. `before` is the booking as the command found it.
 */
export function undoCalendarChange(
  changes: readonly ExpertEvent[],
  before: { activity: BookedActivity; start: string; end: string } | undefined,
  context: UndoContext,
): CalendarUndo {
  return (calendar, reason) =>
    changes.flatMap((change): ExpertEvent[] => {
      switch (change.type) {
        case 'ExpertBooked': {
          const current = bookingOf(calendar, change.data.bookingId);
          return current && sameSlot(current, change.data)
            ? expertDecider.decide({ type: 'ReleaseBooking', bookingId: change.data.bookingId, reason, releasedBy: context.by, now: context.now }, calendar)
            : [];
        }
        case 'ExpertBookingMoved': {
          const current = bookingOf(calendar, change.data.bookingId);
          const previous = { start: change.data.previousStart, end: change.data.previousEnd };
          return current && sameSlot(current, change.data) ? rebook(calendar, change.data.bookingId, current.activity, previous, context) : [];
        }
        case 'ExpertBookingReleased':
          return !bookingOf(calendar, change.data.bookingId) && before ? rebook(calendar, change.data.bookingId, before.activity, before, context) : [];
        default:
          return [];
      }
    });
}

/** The booking in its former slot again; nothing when that slot was taken or lies in the past meanwhile. */
function rebook(calendar: ExpertState, bookingId: string, activity: BookedActivity, slot: TimeSlot, context: UndoContext): ExpertEvent[] {
  try {
    const command = { type: 'BookExpert' as const, bookingId, activity, slot: { start: slot.start, end: slot.end }, bookedBy: context.by, now: context.now };
    return expertDecider.decide(command, calendar);
  } catch (error) {
    if (error instanceof DoubleBooking || (error instanceof InvalidValue && error.code === 'start-in-past')) return [];
    throw error;
  }
}
