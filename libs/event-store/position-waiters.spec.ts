import { PositionWaiters } from './position-waiters';

describe('waiting for a position of the log', () => {
  it('answers at once when the follower is there already', async () => {
    await expect(new PositionWaiters().waitFor(10n, 10n, 1_000)).resolves.toBe(true);
  });

  it('answers each caller once the follower reaches its position, and only then', async () => {
    const waiters = new PositionWaiters();
    const answered: string[] = [];
    const near = waiters.waitFor(0n, 5n, 5_000).then((reached) => answered.push(`5:${reached}`));
    const far = waiters.waitFor(0n, 9n, 5_000).then((reached) => answered.push(`9:${reached}`));
    waiters.reached(6n);
    await near;
    expect(answered).toEqual(['5:true']);
    waiters.reached(9n);
    await far;
    expect(answered).toEqual(['5:true', '9:true']);
  });

  it('answers false when the time is up', async () => {
    await expect(new PositionWaiters().waitFor(0n, 3n, 20)).resolves.toBe(false);
  });
});
