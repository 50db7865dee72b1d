import { SqliteReadModelStore, type ReadModelStore } from '@telemed/projections';
import { Clock } from '../infrastructure/tokens';
import { STREAM_TICKET_TTL_MS, StreamTickets } from './stream-tickets';

class HandClock extends Clock {
  at = Date.parse('2026-03-02T08:00:00Z');
  now(): string {
    return new Date(this.at).toISOString();
  }
}

describe('a stream ticket', () => {
  let db: ReadModelStore;
  let clock: HandClock;
  let tickets: StreamTickets;
  const clinician = { userId: 'dr-aziz', role: 'clinician' as const, hospitalId: 'kashgar-2' };

  beforeEach(() => {
    db = SqliteReadModelStore.open(':memory:');
    clock = new HandClock();
    tickets = new StreamTickets(db, clock);
  });

  afterEach(() => db.close());

  it('opens the stream once, as the person it was issued to, hospital included', async () => {
    const { ticket, expiresAt } = await tickets.issue(clinician, 'notification.stream');
    expect(Date.parse(expiresAt)).toBe(clock.at + STREAM_TICKET_TTL_MS);
    await expect(tickets.redeem(ticket, 'notification.stream')).resolves.toEqual({ user: clinician });
    await expect(tickets.redeem(ticket, 'notification.stream')).resolves.toEqual({ refusal: 'stream-ticket-used' });
  });

  it('is used by one of two requests that present it at once, never both', async () => {
    const { ticket } = await tickets.issue(clinician, 'notification.stream');
    const outcomes = await Promise.all([tickets.redeem(ticket, 'notification.stream'), tickets.redeem(ticket, 'notification.stream')]);
    expect(outcomes.filter((outcome) => 'user' in outcome)).toHaveLength(1);
  });

  it('opens nothing once its 30 seconds are over', async () => {
    const { ticket } = await tickets.issue(clinician, 'notification.stream');
    clock.at += STREAM_TICKET_TTL_MS;
    await expect(tickets.redeem(ticket, 'notification.stream')).resolves.toEqual({ refusal: 'stream-ticket-expired' });
  });

  it('is not stored as it is given: only its hash is, so the table opens nothing', async () => {
    const { ticket } = await tickets.issue(clinician, 'notification.stream');
    const rows = await db.all<{ ticket_hash: string }>('SELECT ticket_hash FROM stream_tickets');
    expect(rows).toHaveLength(1);
    expect(rows[0].ticket_hash).not.toContain(ticket);
    await expect(tickets.redeem(rows[0].ticket_hash, 'notification.stream')).resolves.toEqual({ refusal: 'stream-ticket-unknown' });
  });

  it('is forgotten some minutes after it expired, when the next ticket is issued', async () => {
    const { ticket } = await tickets.issue(clinician, 'notification.stream');
    clock.at += 11 * 60_000;
    await tickets.issue({ userId: 'auditor-1', role: 'auditor' }, 'notification.stream');
    expect(await db.all('SELECT 1 FROM stream_tickets')).toHaveLength(1);
    await expect(tickets.redeem(ticket, 'notification.stream')).resolves.toEqual({ refusal: 'stream-ticket-unknown' });
  });
});
