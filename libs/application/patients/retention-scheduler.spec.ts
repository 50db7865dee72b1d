import { Logger } from '@nestjs/common';
import type { QueryBus } from '@nestjs/cqrs';
import { RETENTION_CHECK_EVERY_MS, RetentionScheduler } from './retention-scheduler';

const busAnswering = (...answers: Array<() => Promise<unknown>>) => {
  let call = 0;
  return { execute: () => answers[Math.min(call++, answers.length - 1)]() } as unknown as QueryBus;
};

describe('the retention listing on a schedule', () => {
  let logged: string[];
  beforeEach(() => {
    logged = [];
    jest.spyOn(Logger.prototype, 'log').mockImplementation((message: string) => void logged.push(message));
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: string) => void logged.push(message));
  });
  afterEach(() => jest.restoreAllMocks());

  it('logs how many patients await a decision and runs again a day later', async () => {
    const scheduler = new RetentionScheduler(busAnswering(async () => ({ items: [{ keyId: 'a' }, { keyId: 'b' }] })));
    expect(await scheduler.checkOnce()).toBe(RETENTION_CHECK_EVERY_MS);
    expect(logged).toEqual([expect.stringMatching(/^2 patient\(s\) have passed the retention period and are under no legal hold/)]);
  });

  it('catches a failed listing, logs it and tries again sooner, pausing longer after each failure', async () => {
    const failing = async () => {
      throw new Error('connection terminated');
    };
    const scheduler = new RetentionScheduler(busAnswering(failing, failing, async () => ({ items: [] })));
    const first = await scheduler.checkOnce();
    const second = await scheduler.checkOnce();
    expect(first).toBeLessThan(second);
    expect(second).toBeLessThan(RETENTION_CHECK_EVERY_MS);
    expect(logged[0]).toMatch(/listing the patients past retention failed \(Error: connection terminated\)/);
    expect(await scheduler.checkOnce()).toBe(RETENTION_CHECK_EVERY_MS);
  });
});
