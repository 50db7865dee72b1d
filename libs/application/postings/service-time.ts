/** The average month of the Gregorian calendar, in days: person-months are days on site over this. */
const DAYS_PER_MONTH = 365.2425 / 12;
const DAY_MS = 86_400_000;

/**
 * Days on site, counting the arrival and the return day (or `asOf` while still there) both: a
 * specialist who arrives on 1 March and leaves on 31 March served 31 days. Nothing before arrival,
 * and nothing after `asOf` when a day is asked about.
 */
export function daysOnSite(arrivedOn: string | null, returnedOn: string | null, asOf: string): number {
  if (!arrivedOn) return 0;
  const end = returnedOn !== null && returnedOn < asOf ? returnedOn : asOf;
  if (end < arrivedOn) return 0;
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${arrivedOn}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Person-months to one decimal, as aid reports print them. */
export function personMonths(days: number): number {
  return Math.round((days / DAYS_PER_MONTH) * 10) / 10;
}
