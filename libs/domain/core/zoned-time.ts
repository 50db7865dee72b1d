/** Beijing time: the legal clock of every hospital of the programme, and the clock of reporting periods. */
export const BEIJING_TIME_ZONE = 'Asia/Shanghai';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((part) => [part.type, part.value]));
  return parts as unknown as WallClock;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The instant as an ISO-8601 local time with the zone's offset, e.g. `2024-05-06T10:00:00+08:00`. */
export function toLocalIso(instantIso: string, timeZone: string): string {
  const instant = new Date(instantIso);
  const clock = wallClock(instant, timeZone);
  const asUtc = Date.UTC(+clock.year, +clock.month - 1, +clock.day, +clock.hour, +clock.minute, +clock.second);
  const offsetMinutes = Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${clock.year}-${clock.month}-${clock.day}T${clock.hour}:${clock.minute}:${clock.second}${sign}${hours}:${minutes}`;
}

/** `HH:MM` on the zone's wall clock. */
export function localClockTime(instantIso: string, timeZone: string): string {
  const clock = wallClock(new Date(instantIso), timeZone);
  return `${clock.hour}:${clock.minute}`;
}

/** `YYYY-MM-DD` on the zone's wall clock. */
export function localDate(instantIso: string, timeZone: string): string {
  const clock = wallClock(new Date(instantIso), timeZone);
  return `${clock.year}-${clock.month}-${clock.day}`;
}

/** The reporting month of an instant: its calendar month in Beijing time, `YYYY-MM`. */
export function beijingMonth(instantIso: string): string {
  return localDate(instantIso, BEIJING_TIME_ZONE).slice(0, 7);
}
