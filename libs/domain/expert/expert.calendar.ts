import type { TimeSlot } from '@telemed/domain/core';

/**
 * Interval arithmetic over half-open slots [start, end). Slots keep the instant strings they came
 * with; every comparison is on the parsed instant, so '…Z' and '…+08:00' spellings compare correctly.
 */

// An instant without an offset would be read in the server's local zone: require one (API.md).
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const at = (instant: string): number => Date.parse(instant);

export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

/** A slot whose both ends are readable instants and whose start comes before its end. */
export function isWellFormedSlot(slot: TimeSlot | undefined): boolean {
  return !!slot && isInstant(slot.start) && isInstant(slot.end) && at(slot.start) < at(slot.end);
}

export function sameSlot(a: TimeSlot, b: TimeSlot): boolean {
  return at(a.start) === at(b.start) && at(a.end) === at(b.end);
}

/** Sorted by start, with overlapping and touching slots joined into one. */
export function mergeSlots(slots: readonly TimeSlot[]): TimeSlot[] {
  const sorted = [...slots].sort((a, b) => at(a.start) - at(b.start));
  const merged: TimeSlot[] = [];
  for (const slot of sorted) {
    const last = merged[merged.length - 1];
    if (last && at(slot.start) <= at(last.end)) {
      if (at(slot.end) > at(last.end)) merged[merged.length - 1] = { start: last.start, end: slot.end };
    } else {
      merged.push({ start: slot.start, end: slot.end });
    }
  }
  return merged;
}

/** The parts of the slots that lie inside the range. */
export function clipSlots(slots: readonly TimeSlot[], range: TimeSlot): TimeSlot[] {
  return slots
    .filter((slot) => at(slot.start) < at(range.end) && at(range.start) < at(slot.end))
    .map((slot) => ({
      start: at(slot.start) < at(range.start) ? range.start : slot.start,
      end: at(slot.end) > at(range.end) ? range.end : slot.end,
    }));
}

/** The parts of the slots that no busy slot covers. */
export function subtractSlots(slots: readonly TimeSlot[], busy: readonly TimeSlot[]): TimeSlot[] {
  return busy.reduce<TimeSlot[]>(
    (remaining, taken) =>
      remaining.flatMap((slot) => {
        if (!(at(slot.start) < at(taken.end) && at(taken.start) < at(slot.end))) return [slot];
        const pieces: TimeSlot[] = [];
        if (at(taken.start) > at(slot.start)) pieces.push({ start: slot.start, end: taken.start });
        if (at(taken.end) < at(slot.end)) pieces.push({ start: taken.end, end: slot.end });
        return pieces;
      }),
    [...slots],
  );
}
