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
