import type { TimeSlot } from '@telemed/domain/core';
import { expertDecider, expertStreamId, type BookedActivity } from '@telemed/domain/expert';
import { hospitalDecider, hospitalStreamId, type HospitalState } from '@telemed/domain/hospital';
import type { UnitOfWork } from '@telemed/event-store/unit-of-work';
import { workingHoursWarnings, type HospitalClock } from './working-hours';

/**
 * Books (or moves) one activity in several experts' calendars within the caller's unit of work.
 * Every calendar stream is appended with the revision it was read at, so a clash in any one of
 * them refuses the whole command and nothing is written.
 */
export async function bookExperts(
  unitOfWork: UnitOfWork,
  booking: { bookingId: string; activity: BookedActivity; slot: TimeSlot; bookedBy: string; now: string },
  expertIds: readonly string[],
): Promise<void> {
  for (const expertId of expertIds) {
    await unitOfWork.decide(expertStreamId(expertId), expertDecider, {
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
    await unitOfWork.decide(expertStreamId(expertId), expertDecider, { type: 'ReleaseBooking', ...release });
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
