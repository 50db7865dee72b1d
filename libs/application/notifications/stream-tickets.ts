import { Inject, Injectable } from '@nestjs/common';
import { type AuthenticatedUser, isUserRole } from '@telemed/auth';
import type { ReadModelStore } from '@telemed/projections';
import { createHash, randomBytes } from 'node:crypto';
import { Clock, IDEMPOTENCY_STORE } from '../infrastructure/tokens';

export const STREAM_TICKET_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS stream_tickets (
     ticket_hash TEXT PRIMARY KEY, purpose TEXT NOT NULL, user_id TEXT NOT NULL, role TEXT NOT NULL,
     hospital_id TEXT, expires_at BIGINT NOT NULL, used_at BIGINT)`,
];

/** How long a ticket may wait to be used: enough to open a stream, too little to be worth stealing. */
export const STREAM_TICKET_TTL_MS = 30_000;
/** Used and expired tickets are kept this long after expiry, so a late reuse is still told apart from a made-up ticket. */
const KEPT_AFTER_EXPIRY_MS = 10 * 60_000;

/** What a ticket opens: the one route it was issued for. */
export type TicketPurpose = 'notification.stream';

export interface IssuedTicket {
  ticket: string;
  expiresAt: string;
}

/** Why a ticket opened nothing; each is answered 401 with a code of its own. */
export type TicketRefusal = 'stream-ticket-unknown' | 'stream-ticket-used' | 'stream-ticket-expired';

export type Redemption = { user: AuthenticatedUser } | { refusal: TicketRefusal };

/**
 * Short-lived, single-use tickets that stand in for the bearer token where a browser cannot send a
 * header (an EventSource's URL). A ticket is bound to the user who asked for it and to one purpose;
 * only its hash is stored, in the API's own state, which every instance of the API shares, so a
 * ticket is used once however many instances answer. Time is the application's clock's.
 */
@Injectable()
export class StreamTickets {
  private schemaReady?: Promise<void>;

  constructor(
    @Inject(IDEMPOTENCY_STORE) private readonly db: ReadModelStore,
    private readonly clock: Clock,
  ) {}

  private now(): number {
    return Date.parse(this.clock.now());
  }

  async issue(user: AuthenticatedUser, purpose: TicketPurpose): Promise<IssuedTicket> {
    await this.ensureSchema();
    const ticket = randomBytes(32).toString('base64url');
    const now = this.now();
    const expiresAt = now + STREAM_TICKET_TTL_MS;
    await this.db.transaction(async (tx) => {
      await tx.run('DELETE FROM stream_tickets WHERE expires_at < ?', [now - KEPT_AFTER_EXPIRY_MS]);
      await tx.run(
        'INSERT INTO stream_tickets (ticket_hash, purpose, user_id, role, hospital_id, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
        [hashOf(ticket), purpose, user.userId, user.role, user.hospitalId ?? null, expiresAt],
      );
    });
    return { ticket, expiresAt: new Date(expiresAt).toISOString() };
  }

  /** Uses the ticket up: the caller it was issued to, or why it opens nothing. */
  async redeem(ticket: string, purpose: TicketPurpose): Promise<Redemption> {
    await this.ensureSchema();
    const hash = hashOf(ticket);
    const now = this.now();
    return this.db.transaction(async (tx) => {
      // One conditional update: of two requests racing with the same ticket, one changes the row.
      const { changes } = await tx.run('UPDATE stream_tickets SET used_at = ? WHERE ticket_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?', [
        now,
        hash,
        purpose,
        now,
      ]);
      const row = await tx.get<{ purpose: string; user_id: string; role: string; hospital_id: string | null; expires_at: number | string; used_at: number | string | null }>(
        'SELECT purpose, user_id, role, hospital_id, expires_at, used_at FROM stream_tickets WHERE ticket_hash = ?',
        [hash],
      );
      if (!row || row.purpose !== purpose || !isUserRole(row.role)) return { refusal: 'stream-ticket-unknown' };
      if (changes === 1) return { user: { userId: row.user_id, role: row.role, ...(row.hospital_id !== null && { hospitalId: row.hospital_id }) } };
      return { refusal: row.used_at !== null ? 'stream-ticket-used' : 'stream-ticket-expired' };
    });
  }

  private ensureSchema(): Promise<void> {
    this.schemaReady ??= this.db
      .transaction(async (tx) => {
        for (const statement of STREAM_TICKET_SCHEMA) await tx.run(statement);
      })
      .catch((error: unknown) => {
        this.schemaReady = undefined; // tried again by the next request
        throw error;
      });
    return this.schemaReady;
  }
}

function hashOf(ticket: string): string {
  return createHash('sha256').update(ticket).digest('hex');
}
