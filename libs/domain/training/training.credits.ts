import type { TrainingCredits } from './training.events';

/** The most points one session may award, and the step points come in (half a point). */
export const MAX_SESSION_POINTS = 25;
export const POINT_STEP = 0.5;

/** A session's length in whole minutes. */
export function sessionMinutes(slot: { start: string; end: string }): number {
  return Math.floor((Date.parse(slot.end) - Date.parse(slot.start)) / 60_000);
}

/**
 * The points one attendee earns: the whole award for the whole session, and for part of it the
 * share of minutes attended, rounded down to a tenth of a point (an award is never rounded up).
 */
export function pointsEarned(credits: TrainingCredits | undefined, lengthInMinutes: number, minutesAttended: number | undefined): number {
  if (!credits) return 0;
  if (minutesAttended === undefined || minutesAttended >= lengthInMinutes) return credits.points;
  return Math.floor((credits.points * minutesAttended * 10) / lengthInMinutes) / 10;
}
