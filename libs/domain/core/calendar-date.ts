import { BEIJING_TIME_ZONE, localDate } from './zoned-time';

/**
 * Calendar dates 'YYYY-MM-DD' read on the legal clock, Beijing time (Asia/Shanghai), whatever zone
 * the hospital works in. Shared by partnership validity, an expert's years of practice and patients' birth dates.
 */
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2023-02-30 over to March: a real date survives the round trip unchanged.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The Beijing calendar date of an instant, or undefined when the instant cannot be read. */
export function beijingDateOf(instant: string): string | undefined {
  if (typeof instant !== 'string' || Number.isNaN(Date.parse(instant))) return undefined;
  return localDate(instant, BEIJING_TIME_ZONE);
}

/** Whole years from one calendar date to a later one: a year is full on its anniversary. */
export function fullYearsBetween(from: string, to: string): number {
  const [fromYear, fromMonthDay] = [Number(from.slice(0, 4)), from.slice(5)];
  const [toYear, toMonthDay] = [Number(to.slice(0, 4)), to.slice(5)];
  return toYear - fromYear - (toMonthDay < fromMonthDay ? 1 : 0);
}
