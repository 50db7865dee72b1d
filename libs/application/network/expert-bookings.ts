import type { TimeSlot } from '@telemed/domain/core';
import { type BookedActivity, bookingOf, expertDecider, type ExpertCommand, expertStreamId, undoCalendarChange } from '@telemed/domain/expert';
import { hospitalDecider, hospitalStreamId, type HospitalState } from '@telemed/domain/hospital';
import type { UnitOfWork } from '../commands/unit-of-work';
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
