import { requireBirthDate } from './birth-date';
import { DomainError } from './domain-error';

/** The code of the refusal, or undefined when the birth date is taken. */
function refusalOf(birthDate: unknown, now = '2026-03-02T00:00:00Z'): string | undefined {
  try {
    requireBirthDate('patient.birthDate', birthDate, now);
    return undefined;
  } catch (error) {
    return (error as DomainError).code;
  }
}

describe('a patient birth date', () => {
  it('may be left out', () => {
    expect(refusalOf(undefined)).toBeUndefined();
  });

  it('is a real calendar date: no thirteenth month, no 29 February in a common year', () => {
    expect(refusalOf('1968-13-45')).toBe('invalid-value');
    expect(refusalOf('2023-02-29')).toBe('invalid-value');
    expect(refusalOf('2024-02-29')).toBeUndefined();
    expect(refusalOf(19680302)).toBe('invalid-value');
  });

  it('is not before 1 January 1900', () => {
    expect(refusalOf('1899-12-31')).toBe('birth-date-out-of-range');
    expect(refusalOf('1900-01-01')).toBeUndefined();
  });

  it('is not after today on the Beijing calendar of the command', () => {
    expect(refusalOf('2099-01-01')).toBe('birth-date-out-of-range');
    // 2026-03-01T16:00Z is already 2 March in Beijing.
    expect(refusalOf('2026-03-02', '2026-03-01T16:00:00Z')).toBeUndefined();
    expect(refusalOf('2026-03-02', '2026-03-01T15:59:59Z')).toBe('birth-date-out-of-range');
  });

  it('names the field and the earliest date in its message', () => {
    try {
      requireBirthDate('patient.birthDate', '1850-06-01', '2026-03-02T00:00:00Z');
    } catch (error) {
      expect((error as DomainError).fieldErrors.map(({ field, message }) => ({ field, message }))).toEqual([
        { field: 'patient.birthDate', message: 'must not be before 1900-01-01' },
      ]);
      return;
    }
    throw new Error('a birth date in 1850 was taken');
  });
});
