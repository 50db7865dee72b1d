import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@telemed/auth';
import type { ReadModelStore } from '@telemed/projections';
import { createHash, randomBytes } from 'node:crypto';
import { Clock, IdGenerator, IDEMPOTENCY_STORE } from '../infrastructure/tokens';

export const CALENDAR_FEED_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS calendar_feeds (
     id TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, subject TEXT NOT NULL, subject_id TEXT NOT NULL,
     created_by TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT, revoked_by TEXT)`,
];

/** What a feed shows: one expert's bookings, or those of every expert of one department. */
export type FeedSubject = 'expert' | 'department';

/** A token: 32 random bytes in base64url, as it appears in the feed's address. */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface CalendarFeedRecord {
  id: string;
  subject: FeedSubject;
  subjectId: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}

type Row = { id: string; subject: string; subject_id: string; created_by: string; created_at: string; revoked_at: string | null };

/**
 * Calendar subscriptions: each an unguessable token, shown once to the user who asked for it, that
 * opens one feed until it is revoked. Only the token's hash is kept, in the API's own state (a file
 * of its own on SQLite, a schema of its own on PostgreSQL), so subscriptions outlive a restart and
 * every instance of the API answers the same; a leaked copy of that state opens no feed.
 */
@Injectable()
export class CalendarFeedSubscriptions {
  private schemaReady?: Promise<void>;

  constructor(
    @Inject(IDEMPOTENCY_STORE) private readonly db: ReadModelStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async create(user: AuthenticatedUser, subject: FeedSubject, subjectId: string): Promise<{ id: string; token: string }> {
    await this.ensureSchema();
    const id = this.ids.next();
    const token = randomBytes(32).toString('base64url');
    await this.db.transaction(async (tx) => {
      await tx.run(
        'INSERT INTO calendar_feeds (id, token_hash, subject, subject_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        [id, hashOf(token), subject, subjectId, user.userId, this.clock.now()],
      );
    });
    return { id, token };
  }

  async find(id: string): Promise<CalendarFeedRecord | undefined> {
    await this.ensureSchema();
    const row = await this.db.get<Row>('SELECT id, subject, subject_id, created_by, created_at, revoked_at FROM calendar_feeds WHERE id = ?', [id]);
    return row && toRecord(row);
  }

  /** The feed a token opens; none when the token was never issued or has been revoked. */
  async open(token: string): Promise<CalendarFeedRecord | undefined> {
    if (!FEED_TOKEN.test(token)) return undefined;
    await this.ensureSchema();
    const row = await this.db.get<Row>(
      'SELECT id, subject, subject_id, created_by, created_at, revoked_at FROM calendar_feeds WHERE token_hash = ? AND revoked_at IS NULL',
      [hashOf(token)],
    );
    return row && toRecord(row);
  }

  /** Revokes a subscription; revoking it again changes nothing and keeps the first revocation's time. */
  async revoke(id: string, user: AuthenticatedUser): Promise<void> {
    await this.ensureSchema();
    await this.db.transaction(async (tx) => {
      await tx.run('UPDATE calendar_feeds SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL', [this.clock.now(), user.userId, id]);
    });
  }

  private ensureSchema(): Promise<void> {
    this.schemaReady ??= this.db
      .transaction(async (tx) => {
        for (const statement of CALENDAR_FEED_SCHEMA) await tx.run(statement);
      })
      .catch((error: unknown) => {
        this.schemaReady = undefined; // tried again by the next request
        throw error;
      });
    return this.schemaReady;
  }
}

function toRecord(row: Row): CalendarFeedRecord {
  return {
    id: row.id,
    subject: row.subject as FeedSubject,
    subjectId: row.subject_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
