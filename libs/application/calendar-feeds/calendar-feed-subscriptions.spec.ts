import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteReadModelStore, type ReadModelStore } from '@telemed/projections';
import { Clock, RandomIds } from '../infrastructure/tokens';
import { CalendarFeedSubscriptions } from './calendar-feed-subscriptions';

class HandClock extends Clock {
  at = '2026-03-02T08:00:00.000Z';
  now(): string {
    return this.at;
  }
}

describe('a calendar feed subscription', () => {
  let dir: string;
  let db: ReadModelStore;
  const clock = new HandClock();
  const expert = { userId: 'e-zhang', role: 'expert' as const, hospitalId: 'h-shanghai' };
  const open = () => SqliteReadModelStore.open(join(dir, 'api-state.db'), { durable: true });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'calendar-feeds-'));
    db = open();
  });

  afterEach(async () => {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('opens its feed by its token, and keeps nothing from which the token could be read back', async () => {
    const subscriptions = new CalendarFeedSubscriptions(db, clock, new RandomIds());
    const { id, token } = await subscriptions.create(expert, 'expert', 'e-zhang');
    await expect(subscriptions.open(token)).resolves.toEqual({
      id,
      subject: 'expert',
      subjectId: 'e-zhang',
      createdBy: 'e-zhang',
      createdAt: clock.at,
      revokedAt: null,
    });
    const rows = await db.all<Record<string, string>>('SELECT * FROM calendar_feeds');
    expect(JSON.stringify(rows)).not.toContain(token);
    await expect(subscriptions.open(rows[0].token_hash)).resolves.toBeUndefined();
  });

  it('gives every subscription a token of its own', async () => {
    const subscriptions = new CalendarFeedSubscriptions(db, clock, new RandomIds());
    const first = await subscriptions.create(expert, 'expert', 'e-zhang');
    const second = await subscriptions.create(expert, 'expert', 'e-zhang');
    expect(first.token).not.toBe(second.token);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('still opens its feed after a restart, and stays shut once revoked', async () => {
    const { id, token } = await new CalendarFeedSubscriptions(db, clock, new RandomIds()).create(expert, 'department', 'd-cardio');
    await db.close();
    db = open();
    const afterRestart = new CalendarFeedSubscriptions(db, clock, new RandomIds());
    await expect(afterRestart.open(token)).resolves.toMatchObject({ id, subject: 'department', subjectId: 'd-cardio' });

    clock.at = '2026-03-03T08:00:00.000Z';
    await afterRestart.revoke(id, expert);
    clock.at = '2026-03-04T08:00:00.000Z';
    await afterRestart.revoke(id, expert);
    await expect(afterRestart.open(token)).resolves.toBeUndefined();
    await expect(afterRestart.find(id)).resolves.toMatchObject({ revokedAt: '2026-03-03T08:00:00.000Z' });
  });

  it('opens nothing with a token it never issued or one of the wrong shape', async () => {
    const subscriptions = new CalendarFeedSubscriptions(db, clock, new RandomIds());
    await expect(subscriptions.open('A'.repeat(43))).resolves.toBeUndefined();
    await expect(subscriptions.open("' OR 1=1 --")).resolves.toBeUndefined();
  });
});
