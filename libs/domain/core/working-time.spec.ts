import { addMinutes, addWorkingMinutes, minutesBetween, workingMinutesBetween, type WorkingCalendar } from './working-time';

const KASHGAR: WorkingCalendar = { timeZone: 'Asia/Shanghai', workingHours: { start: '08:00', end: '17:30' } };

describe('working time of the receiving hospital', () => {
  it('a target within the same working day ends the same day', () => {
    // Monday 2024-05-06 10:00 Beijing = 02:00Z
    expect(addWorkingMinutes('2024-05-06T02:00:00Z', 60, KASHGAR)).toBe('2024-05-06T03:00:00.000Z');
  });

  it('a request after hours starts counting at the next morning', () => {
    // Monday 20:00 Beijing: counting starts Tuesday 08:00 (00:00Z)
    expect(addWorkingMinutes('2024-05-06T12:00:00Z', 30, KASHGAR)).toBe('2024-05-07T00:30:00.000Z');
  });

  it('one working day asked on Friday afternoon ends on Monday afternoon, skipping the weekend', () => {
    // Friday 2024-05-10 15:00 Beijing (07:00Z); 570 minutes = one day of 08:00-17:30
    expect(addWorkingMinutes('2024-05-10T07:00:00Z', 570, KASHGAR)).toBe('2024-05-13T07:00:00.000Z');
  });

  it('working minutes between two instants count only the hours worked', () => {
    expect(workingMinutesBetween('2024-05-10T07:00:00Z', '2024-05-13T07:00:00Z', KASHGAR)).toBe(570);
    expect(workingMinutesBetween('2024-05-13T07:00:00Z', '2024-05-10T07:00:00Z', KASHGAR)).toBe(0);
  });

  it('working hours are read on the hospital\'s own clock', () => {
    const urumqi: WorkingCalendar = { timeZone: 'Asia/Urumqi', workingHours: { start: '10:00', end: '11:00' } };
    // Monday 10:00 at UTC+6 = 04:00Z
    expect(addWorkingMinutes('2024-05-06T00:00:00Z', 30, urumqi)).toBe('2024-05-06T04:30:00.000Z');
  });

  it('without a calendar, minutes are elapsed time', () => {
    expect(addMinutes('2024-05-11T00:00:00Z', 90)).toBe('2024-05-11T01:30:00.000Z');
    expect(minutesBetween('2024-05-11T00:00:00Z', '2024-05-11T01:30:00Z')).toBe(90);
    expect(minutesBetween('2024-05-11T00:00:00Z', '2024-05-11T01:30:00Z', KASHGAR)).toBe(0);
  });
});
