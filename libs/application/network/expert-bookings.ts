import { InvalidValue, type TimeSlot } from '@telemed/domain/core';
import {
  bookingOf,
  DoubleBooking,
  expertDecider,
  type ExpertCommand,
  type ExpertEvent,
  type ExpertState,
  expertStreamId,
  sameSlot,
  type BookedActivity,
} from '@telemed/domain/expert';
import { hospitalDecider, hospitalStreamId, type HospitalState } from '@telemed/domain/hospital';
import type { Compensation, UnitOfWork } from '../commands/unit-of-work';
import { workingHoursWarnings, type HospitalClock } from './working-hours';

/**
 * Books (or moves) one activity in several experts' calendars within the caller's unit of work.
 * Every calendar stream is appended with the revision it was read at, so a clash in any one of
 * them refuses the whole command and nothing is written. Each calendar change carries its undo,
 * for stores that cannot append the calendars and the case together (see UnitOfWork.commit).
 */
export async function bookExperts(
  unitOfWork: UnitOfWork,
  booking: { bookingId: string; activity: BookedActivity; slot: TimeSlot; bookedBy: string; now: string },
  expertIds: readonly string[],
): Promise<void> {
  for (const expertId of expertIds) {
    await changeCalendar(unitOfWork, expertId, {
      type: 'BookExpert',
      bookingId: booking.bookingId,
      activity: booking.activity,
      slot: { start: booking.slot.start, end: booking.slot.end },
      bookedBy: booking.bookedBy,
      now: booking.now,
    });
  }
}

/** Frees the booking in each expert's calendar; an expert without it is left as is. */
export async function releaseExperts(
  unitOfWork: UnitOfWork,
  release: { bookingId: string; reason: string; releasedBy: string; now: string },
  expertIds: readonly string[],
): Promise<void> {
  for (const expertId of expertIds) {
    await changeCalendar(unitOfWork, expertId, { type: 'ReleaseBooking', ...release });
  }
}

/**
 * The activity ended at `now` (completed, or cancelled while under way): each expert's booking
 * keeps only the time it really took, and the unused rest of the slot is free again.
 */
export async function finishBookings(
  unitOfWork: UnitOfWork,
  finish: { bookingId: string; reason: string; finishedBy: string; now: string },
  expertIds: readonly string[],
): Promise<void> {
  for (const expertId of expertIds) {
    await changeCalendar(unitOfWork, expertId, { type: 'FinishBooking', ...finish });
  }
}

async function changeCalendar(
  unitOfWork: UnitOfWork,
  expertId: string,
  command: Extract<ExpertCommand, { type: 'BookExpert' | 'ReleaseBooking' | 'FinishBooking' }>,
): Promise<void> {
  const calendar = await unitOfWork.load(expertStreamId(expertId), expertDecider);
  const events = expertDecider.decide(command, calendar.state);
  const actor = command.type === 'BookExpert' ? command.bookedBy : command.type === 'ReleaseBooking' ? command.releasedBy : command.finishedBy;
  const before = bookingOf(calendar.state, command.bookingId);
  unitOfWork.record(calendar, events, { compensate: undoCalendarChange(events, before, { by: actor, now: command.now }) });
}

/**
 * What undoes a command's change to one calendar, decided on the calendar as it is when the undo
 * runs, and only while it still shows that change (another command may have moved or released the
 * booking since, and that command's case knows of it): a new booking is released, a moved one
 * goes back to its former slot, a released one comes back. If the former slot was taken in the
 * meantime the booking is left where it is: the command is then decided again on fresh state
 * (after a VersionConflict) and settles the calendar, or it fails with the booking where it was.
 */
function undoCalendarChange(
  changes: ExpertEvent[],
  before: { activity: BookedActivity; start: string; end: string } | undefined,
  context: { by: string; now: string },
): Compensation<ExpertState> {
  return (calendar, reason) =>
    changes.flatMap((change): ExpertEvent[] => {
      const { bookingId } = change.data as { bookingId: string };
      const current = bookingOf(calendar, bookingId);
      switch (change.type) {
        case 'ExpertBooked':
          return current && sameSlot(current, change.data)
            ? expertDecider.decide({ type: 'ReleaseBooking', bookingId, reason, releasedBy: context.by, now: context.now }, calendar)
            : [];
        case 'ExpertBookingMoved': {
          const previous = { start: change.data.previousStart, end: change.data.previousEnd };
          return current && sameSlot(current, change.data) ? rebook(calendar, bookingId, current.activity, previous, context) : [];
        }
        case 'ExpertBookingReleased':
          return !current && before ? rebook(calendar, bookingId, before.activity, before, context) : [];
        default:
          return [];
      }
    });
}

function rebook(
  calendar: ExpertState,
  bookingId: string,
  activity: BookedActivity,
  slot: TimeSlot,
  context: { by: string; now: string },
): ExpertEvent[] {
  try {
    const command = { type: 'BookExpert' as const, bookingId, activity, slot: { start: slot.start, end: slot.end } };
    return expertDecider.decide({ ...command, bookedBy: context.by, now: context.now }, calendar);
  } catch (error) {
    // The former slot was taken meanwhile, or lies in the past for a booking that did not keep its start.
    if (error instanceof DoubleBooking || (error instanceof InvalidValue && error.code === 'start-in-past')) return [];
    throw error;
  }
}

async function hospitalClock(unitOfWork: UnitOfWork, hospitalId: string): Promise<HospitalClock[]> {
  const { state } = await unitOfWork.load<HospitalState, never>(hospitalStreamId(hospitalId), hospitalDecider as never);
  return state.status === 'registered'
    ? [{ hospitalId, name: state.name, timezone: state.timezone, workingHours: state.workingHours }]
    : [];
}

/** Working-hours warnings for every hospital taking part, each hospital once. */
export async function slotWarnings(unitOfWork: UnitOfWork, slot: TimeSlot, hospitalIds: readonly string[]): Promise<string[]> {
  const warnings: string[] = [];
  for (const hospitalId of new Set(hospitalIds)) {
    for (const hospital of await hospitalClock(unitOfWork, hospitalId)) warnings.push(...workingHoursWarnings(slot, hospital));
  }
  return warnings;
}
