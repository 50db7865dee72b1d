import { InvalidValue } from './domain-error';
import { deadlinesOf, markDeadlineOverdue, meetDeadline, passedUnrecorded, startResponseClock } from './response-clock';

const requestedAt = '2025-03-10T01:00:00.000Z'; // Monday 09:00 in Beijing

describe('a response clock', () => {
  it('sets the accept-by and answer-by deadlines the agreement\'s targets give, in elapsed time', () => {
    expect(startResponseClock({ agreementId: 'agreement-1', acceptMinutes: 30, answerMinutes: 1440 }, requestedAt)).toEqual({
      agreementId: 'agreement-1',
      acceptMinutes: 30,
      answerMinutes: 1440,
      acceptBy: '2025-03-10T01:30:00.000Z',
      answerBy: '2025-03-11T01:00:00.000Z',
    });
  });

  it('counts only the receiving hospital\'s working time when the agreement says so', () => {
    const workingTime = { timeZone: 'Asia/Shanghai', workingHours: { start: '08:00', end: '17:30' } };
    const clock = startResponseClock({ agreementId: 'agreement-1', acceptMinutes: 570, answerMinutes: 1710, workingTime }, requestedAt);
    expect(clock).toMatchObject({ acceptBy: '2025-03-11T01:00:00.000Z', answerBy: '2025-03-13T01:00:00.000Z', workingTime });
  });

  it('refuses a target that is not a positive whole number of minutes', () => {
    expect(() => startResponseClock({ agreementId: 'agreement-1', acceptMinutes: 0, answerMinutes: 60 }, requestedAt)).toThrow(InvalidValue);
    expect(() => startResponseClock({ agreementId: 'agreement-1', acceptMinutes: 30, answerMinutes: 1.5 }, requestedAt)).toThrow(InvalidValue);
  });
});

describe('a deadline', () => {
  const deadlines = deadlinesOf(startResponseClock({ agreementId: 'agreement-1', acceptMinutes: 30, answerMinutes: 1440 }, requestedAt));

  it('is to be recorded overdue once it has passed, unmet and unrecorded', () => {
    expect(passedUnrecorded(deadlines.accept, '2025-03-10T01:29:59.000Z')).toBe(false);
    expect(passedUnrecorded(deadlines.accept, '2025-03-10T01:30:00.000Z')).toBe(true);
    expect(passedUnrecorded(markDeadlineOverdue(deadlines, 'accept', '2025-03-10T01:31:00.000Z')!.accept, '2025-03-10T02:00:00.000Z')).toBe(false);
  });

  it('met is never overdue, and keeps the first time it was met', () => {
    const met = meetDeadline(meetDeadline(deadlines, 'accept', '2025-03-10T01:10:00.000Z'), 'accept', '2025-03-10T01:20:00.000Z')!;
    expect(met.accept.metAt).toBe('2025-03-10T01:10:00.000Z');
    expect(passedUnrecorded(met.accept, '2025-03-12T00:00:00.000Z')).toBe(false);
  });

  it('does not exist for a request made without a clock', () => {
    expect(meetDeadline(undefined, 'answer', requestedAt)).toBeUndefined();
    expect(markDeadlineOverdue(undefined, 'answer', requestedAt)).toBeUndefined();
  });
});
