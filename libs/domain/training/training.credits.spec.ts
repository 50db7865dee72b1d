import { pointsEarned, sessionMinutes } from './training.credits';

describe('continuing-education credits of a session', () => {
  const twoHours = sessionMinutes({ start: '2024-05-10T02:00:00Z', end: '2024-05-10T04:00:00Z' });

  it('a session of two hours lasts 120 minutes', () => {
    expect(twoHours).toBe(120);
  });

  it('a person who attended the whole session earns the whole award', () => {
    expect(pointsEarned({ category: 'I', points: 2 }, twoHours, undefined)).toBe(2);
    expect(pointsEarned({ category: 'I', points: 2 }, twoHours, 120)).toBe(2);
  });

  it('a person who attended part of it earns the share of minutes attended, rounded down to a tenth', () => {
    expect(pointsEarned({ category: 'II', points: 2 }, twoHours, 60)).toBe(1);
    expect(pointsEarned({ category: 'II', points: 1.5 }, twoHours, 50)).toBe(0.6);
    expect(pointsEarned({ category: 'II', points: 1 }, twoHours, 5)).toBe(0);
  });

  it('a session without credits awards none', () => {
    expect(pointsEarned(undefined, twoHours, undefined)).toBe(0);
  });
});
