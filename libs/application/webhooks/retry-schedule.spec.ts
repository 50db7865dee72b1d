import { retryDelay } from './retry-schedule';

const policy = { retryBaseMs: 5_000, retryMaxMs: 3_600_000 };

describe('the retry schedule of a failing delivery', () => {
  it('doubles the wait after each failure, up to the cap', () => {
    const highest = (failures: number) => retryDelay(failures, policy, () => 1);
    expect([1, 2, 3, 4, 5].map(highest)).toEqual([5_000, 10_000, 20_000, 40_000, 80_000]);
    expect(highest(11)).toBe(3_600_000);
    expect(highest(99)).toBe(3_600_000);
  });

  it('jitters each wait over its upper half, never below it', () => {
    expect(retryDelay(3, policy, () => 0)).toBe(10_000);
    const waits = Array.from({ length: 200 }, () => retryDelay(3, policy));
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(10_000);
    expect(Math.max(...waits)).toBeLessThanOrEqual(20_000);
    expect(new Set(waits).size).toBeGreaterThan(50);
  });

  it('with the defaults, twelve attempts take a failing receiver between one and a quarter and two and a half hours to exhaust', () => {
    const span = (random: () => number) => Array.from({ length: 11 }, (_, index) => retryDelay(index + 1, policy, random)).reduce((sum, wait) => sum + wait, 0);
    expect(span(() => 0) / 3_600_000).toBeCloseTo(1.21, 1);
    expect(span(() => 1) / 3_600_000).toBeCloseTo(2.42, 1);
  });
});
