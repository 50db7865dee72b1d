import { beijingDateOf, fullYearsBetween, isCalendarDate } from './calendar-date';

describe('calendar dates', () => {
  it('knows leap days', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
  });

  it('counts a year of practice as full on its anniversary', () => {
    expect(fullYearsBetween('2021-05-06', '2024-05-05')).toBe(2);
    expect(fullYearsBetween('2021-05-06', '2024-05-06')).toBe(3);
    expect(fullYearsBetween('2020-02-29', '2023-02-28')).toBe(2);
    expect(fullYearsBetween('2020-02-29', '2023-03-01')).toBe(3);
  });
});

describe('the Beijing calendar', () => {
  it('turns to the next day at 16:00 UTC', () => {
    expect(beijingDateOf('2024-05-06T15:59:59Z')).toBe('2024-05-06');
    expect(beijingDateOf('2024-05-06T16:00:00Z')).toBe('2024-05-07');
    expect(beijingDateOf('2024-05-07T01:00:00+08:00')).toBe('2024-05-07');
  });

  it('reads no date from an unreadable instant', () => {
    expect(beijingDateOf('yesterday')).toBeUndefined();
  });
});
