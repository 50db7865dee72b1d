import { toLocalIso } from './zoned-time';

/** When a hospital works: its zone and daily hours, Monday to Friday on its own wall clock. */
export interface WorkingCalendar {
  timeZone: string;
  workingHours: { start: string; end: string };
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Far enough for any response target: a deadline never lies years ahead. */
const MAX_DAYS_SCANNED = 3 * 366;

/** The zone's offset at an instant, read from the local time Intl gives for it. */
function offsetMsAt(instantMs: number, timeZone: string): number {
  const local = toLocalIso(new Date(instantMs).toISOString(), timeZone);
  const sign = local[19] === '-' ? -1 : 1;
  return sign * (Number(local.slice(20, 22)) * 60 + Number(local.slice(23, 25))) * MINUTE_MS;
}

/** The instant of a wall-clock time `HH:MM` on a local day given as UTC midnight of that date. */
function instantOf(localDayMs: number, clockTime: string, timeZone: string): number {
  const wall = localDayMs + (Number(clockTime.slice(0, 2)) * 60 + Number(clockTime.slice(3, 5))) * MINUTE_MS;
  const guess = wall - offsetMsAt(wall, timeZone);
  return wall - offsetMsAt(guess, timeZone);
}

/** The working windows `[start, end)` from the local day holding `fromMs` on, one per working day. */
function* workingWindows(fromMs: number, calendar: WorkingCalendar): Generator<[number, number]> {
  const localDate = toLocalIso(new Date(fromMs).toISOString(), calendar.timeZone).slice(0, 10);
  let dayMs = Date.parse(`${localDate}T00:00:00Z`);
  for (let days = 0; days < MAX_DAYS_SCANNED; days++, dayMs += DAY_MS) {
    const weekday = new Date(dayMs).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const start = instantOf(dayMs, calendar.workingHours.start, calendar.timeZone);
    const end = instantOf(dayMs, calendar.workingHours.end, calendar.timeZone);
    if (end > start) yield [start, end];
  }
}

/** The instant `minutes` of working time after `fromIso`: time outside working hours and at weekends does not count. */
export function addWorkingMinutes(fromIso: string, minutes: number, calendar: WorkingCalendar): string {
  const fromMs = Date.parse(fromIso);
  let remainingMs = minutes * MINUTE_MS;
  for (const [start, end] of workingWindows(fromMs, calendar)) {
    const from = Math.max(start, fromMs);
    if (from >= end) continue;
    if (remainingMs <= end - from) return new Date(from + remainingMs).toISOString();
    remainingMs -= end - from;
  }
  throw new RangeError(`${minutes} working minutes reach beyond ${MAX_DAYS_SCANNED} days`);
}

/** Working minutes between two instants (0 when `toIso` is not after `fromIso`). */
export function workingMinutesBetween(fromIso: string, toIso: string, calendar: WorkingCalendar): number {
  const fromMs = Date.parse(fromIso);
  const toMs = Date.parse(toIso);
  let totalMs = 0;
  if (toMs <= fromMs) return 0;
  for (const [start, end] of workingWindows(fromMs, calendar)) {
    if (start >= toMs) break;
    totalMs += Math.max(0, Math.min(end, toMs) - Math.max(start, fromMs));
  }
  return totalMs / MINUTE_MS;
}

/** Minutes of elapsed time, or of working time when a calendar is given. */
export function minutesBetween(fromIso: string, toIso: string, calendar?: WorkingCalendar): number {
  if (calendar) return workingMinutesBetween(fromIso, toIso, calendar);
  return Math.max(0, (Date.parse(toIso) - Date.parse(fromIso)) / MINUTE_MS);
}

/** The instant `minutes` after `fromIso`, of elapsed time or of working time when a calendar is given. */
export function addMinutes(fromIso: string, minutes: number, calendar?: WorkingCalendar): string {
  if (calendar) return addWorkingMinutes(fromIso, minutes, calendar);
  return new Date(Date.parse(fromIso) + minutes * MINUTE_MS).toISOString();
}
