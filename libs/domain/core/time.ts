/** A half-open interval of instants [start, end). */
export interface TimeSlot {
  start: string;
  end: string;
}

export function overlaps(a: TimeSlot, b: TimeSlot): boolean {
  return Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);
}

export function durationMinutes(slot: TimeSlot): number {
  return (Date.parse(slot.end) - Date.parse(slot.start)) / 60_000;
}

/**
 * The slot a session really takes when it starts at `startedAt`: started before its slot, it is
 * moved to begin then, keeping its length; started on time or late, it keeps its slot.
 */
export function slotAsStarted(slot: TimeSlot, startedAt: string): TimeSlot {
  const start = Date.parse(startedAt);
  if (!(start < Date.parse(slot.start))) return slot;
  const length = Date.parse(slot.end) - Date.parse(slot.start);
  return { start: new Date(start).toISOString(), end: new Date(start + length).toISOString() };
}
