import { beijingDateOf, isCalendarDate } from './calendar-date';
import { InvalidValue } from './domain-error';

/** No patient record of the programme predates this day; an earlier birth date is a typing error. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * A patient's birth date, when given, is a real calendar date between 1900-01-01 and today on the
 * Beijing calendar of the command's clock (`now`), both included.
 */
export function requireBirthDate(field: string, birthDate: unknown, now: string): void {
  if (birthDate === undefined) return;
  if (!isCalendarDate(birthDate)) throw new InvalidValue(field, 'must be a real calendar date (YYYY-MM-DD)');
  if (birthDate < EARLIEST_BIRTH_DATE) {
    throw new InvalidValue(field, 'must not be before {earliest}', 'birth-date-out-of-range', { earliest: EARLIEST_BIRTH_DATE });
  }
  const today = beijingDateOf(now);
  if (today !== undefined && birthDate > today) throw new InvalidValue(field, 'must not be in the future', 'birth-date-out-of-range');
}
