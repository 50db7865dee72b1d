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

/** The zone's offset from UTC at an instant, in milliseconds (whole seconds: old local mean times have them). */
function offsetAt(instantMs: number, timeZone: string): number {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(instantMs)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

const OFFSET_BUCKET_MS = 15 * 60_000;
const MAX_CACHED_OFFSETS = 50_000;
/** Offsets by zone and quarter hour, for quarter hours without a transition inside (nearly all of them). */
const offsets = new Map<string, number>();

/**
 * Offsets change only at a zone's transitions, so the offset found at both ends of a quarter hour
 * holds for all of it; a quarter hour with a transition inside is worked out instant by instant.
 * Intl's formatter is slow, and every projected event and scheduled slot asks.
 */
function cachedOffsetAt(instantMs: number, timeZone: string): number {
  const bucket = Math.floor(instantMs / OFFSET_BUCKET_MS);
  const key = `${timeZone}|${bucket}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const start = bucket * OFFSET_BUCKET_MS;
  const offset = offsetAt(start, timeZone);
  if (offsetAt(start + OFFSET_BUCKET_MS - 1000, timeZone) !== offset) return offsetAt(instantMs, timeZone);
  if (offsets.size >= MAX_CACHED_OFFSETS) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

function wallClock(instant: Date, timeZone: string): WallClock & { offsetMs: number } {
  const offsetMs = cachedOffsetAt(instant.getTime(), timeZone);
  const local = new Date(Math.floor(instant.getTime() / 1000) * 1000 + offsetMs);
  return {
    year: String(local.getUTCFullYear()).padStart(4, '0'),
    month: twoDigits(local.getUTCMonth() + 1),
    day: twoDigits(local.getUTCDate()),
    hour: twoDigits(local.getUTCHours()),
    minute: twoDigits(local.getUTCMinutes()),
    second: twoDigits(local.getUTCSeconds()),
    offsetMs,
  };
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
  const clock = wallClock(new Date(instantIso), timeZone);
  const offsetMinutes = Math.round(clock.offsetMs / 60_000);
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
