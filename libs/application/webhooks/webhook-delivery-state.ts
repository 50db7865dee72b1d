import type { ReadModelStore, SqlExecutor } from '@telemed/projections';
import type { WebhookSecretBox } from './webhook-secrets';

/**
 * What delivering webhooks keeps, beside the read models but outside them (a rebuild of the read
 * models must not send everything again): each endpoint's signing secret (sealed), its checkpoint
 * in the log, every attempt, and the lease that lets one dispatcher deliver at a time. The same
 * tables on SQLite (embedded) and PostgreSQL (distributed), in the API's state store.
 */
export const WEBHOOK_STATE_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS webhook_secrets (endpoint_id TEXT PRIMARY KEY, sealed_secret TEXT NOT NULL, created_at TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS webhook_checkpoints (
     endpoint_id TEXT PRIMARY KEY, position TEXT NOT NULL, replay_applied TEXT NOT NULL, updated_at TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS webhook_attempts (
     endpoint_id TEXT NOT NULL, attempt_id TEXT NOT NULL, message_id TEXT NOT NULL, event_type TEXT NOT NULL, stream_id TEXT NOT NULL,
     position BIGINT NOT NULL, attempt INTEGER NOT NULL, attempted_at TEXT NOT NULL, outcome TEXT NOT NULL, status_code INTEGER,
     latency_ms INTEGER NOT NULL, error TEXT, PRIMARY KEY (endpoint_id, attempt_id))`,
  `CREATE INDEX IF NOT EXISTS webhook_attempts_by_time ON webhook_attempts (endpoint_id, attempted_at, attempt_id)`,
  `CREATE TABLE IF NOT EXISTS webhook_dispatch_lease (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at TEXT NOT NULL)`,
];

export type AttemptOutcome = 'delivered' | 'failed';

/** One attempt at delivering one message, as the delivery log keeps it: never the message itself. */
export interface DeliveryAttempt {
  attemptId: string;
  messageId: string;
  eventType: string;
  streamId: string;
  position: bigint;
  /** 1 for the first attempt at the message, 2 for its first retry... */
  attempt: number;
  attemptedAt: string;
  outcome: AttemptOutcome;
  /** The receiver's HTTP status; null when it never answered (refused, timed out). */
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
}

export interface AttemptRow {
  endpoint_id: string;
  attempt_id: string;
  message_id: string;
  event_type: string;
  stream_id: string;
  position: number | bigint;
  attempt: number;
  attempted_at: string;
  outcome: AttemptOutcome;
  status_code: number | null;
  latency_ms: number;
  error: string | null;
}

export interface EndpointCheckpoint {
  /** Every message up to here has been delivered (or was not for this endpoint). */
  position: bigint;
  /** The position of the last replay request applied to the checkpoint. */
  replayApplied: bigint;
}

const LEASE = 'webhook-dispatcher';

export class WebhookDeliveryState {
  private schemaReady?: Promise<void>;

  constructor(
    readonly db: ReadModelStore,
    private readonly secrets: WebhookSecretBox,
  ) {}

  ensureSchema(): Promise<void> {
    this.schemaReady ??= this.db
      .transaction(async (tx) => {
        for (const statement of WEBHOOK_STATE_SCHEMA) await tx.run(statement);
      })
      .catch((error: unknown) => {
        this.schemaReady = undefined;
        throw error;
      });
    return this.schemaReady;
  }

  async keepSecret(endpointId: string, secret: string, now: string): Promise<void> {
    await this.ensureSchema();
    const sealed = this.secrets.seal(secret, endpointId);
    await this.db.transaction((tx) => tx.run(
        // A command tried again after a version conflict keeps the same endpoint and secret.
        'INSERT INTO webhook_secrets (endpoint_id, sealed_secret, created_at) VALUES (?, ?, ?) ON CONFLICT (endpoint_id) DO UPDATE SET sealed_secret = excluded.sealed_secret',
        [endpointId, sealed, now],
      ));
  }

  async secretOf(endpointId: string): Promise<string | undefined> {
    await this.ensureSchema();
    const row = await this.db.get<{ sealed_secret: string }>('SELECT sealed_secret FROM webhook_secrets WHERE endpoint_id = ?', [endpointId]);
    return row && this.secrets.open(row.sealed_secret, endpointId);
  }

  async checkpointOf(endpointId: string): Promise<EndpointCheckpoint | undefined> {
    await this.ensureSchema();
    const row = await this.db.get<{ position: string; replay_applied: string }>('SELECT position, replay_applied FROM webhook_checkpoints WHERE endpoint_id = ?', [endpointId]);
    return row && { position: BigInt(row.position), replayApplied: BigInt(row.replay_applied) };
  }

  /** An endpoint starts after the event that registered it; a checkpoint it already has is kept. */
  async startAfter(endpointId: string, position: bigint): Promise<void> {
    await this.ensureSchema();
    await this.db.transaction((tx) =>
      tx.run(`INSERT INTO webhook_checkpoints (endpoint_id, position, replay_applied, updated_at) VALUES (?, ?, '0', ?) ON CONFLICT (endpoint_id) DO NOTHING`, [
        endpointId,
        position.toString(),
        new Date().toISOString(),
      ]),
    );
  }

  /** Moves the checkpoint back for a replay requested at `requestPosition`, once: a replay seen again after a restart changes nothing. */
  async applyReplay(endpointId: string, fromPosition: bigint, requestPosition: bigint): Promise<boolean> {
    await this.ensureSchema();
    const checkpoint = fromPosition > 0n ? fromPosition - 1n : 0n;
    const { changes } = await this.db.transaction(async (tx) => {
      const row = await tx.get<{ replay_applied: string }>('SELECT replay_applied FROM webhook_checkpoints WHERE endpoint_id = ?', [endpointId]);
      if (!row || BigInt(row.replay_applied) >= requestPosition) return { changes: 0 };
      return tx.run('UPDATE webhook_checkpoints SET position = ?, replay_applied = ?, updated_at = ? WHERE endpoint_id = ?', [
        checkpoint.toString(),
        requestPosition.toString(),
        new Date().toISOString(),
        endpointId,
      ]);
    });
    return changes > 0;
  }

  /** Writes attempts and, when given, the checkpoint they reached, in one transaction. */
  async record(endpointId: string, attempts: readonly DeliveryAttempt[], checkpoint?: bigint): Promise<void> {
    if (attempts.length === 0 && checkpoint === undefined) return;
    await this.ensureSchema();
    await this.db.transaction(async (tx) => {
      for (const attempt of attempts) writeAttempt(tx, endpointId, attempt);
      if (checkpoint !== undefined) {
        tx.write('UPDATE webhook_checkpoints SET position = ?, updated_at = ? WHERE endpoint_id = ?', [checkpoint.toString(), new Date().toISOString(), endpointId]);
      }
      await tx.flush();
    });
  }

  /** Attempts older than `before` are forgotten: the delivery log keeps a window, not the history. */
  async forgetAttemptsBefore(before: string): Promise<number> {
    await this.ensureSchema();
    const { changes } = await this.db.transaction((tx) => tx.run('DELETE FROM webhook_attempts WHERE attempted_at < ?', [before]));
    return changes;
  }

  /**
   * Takes the dispatcher's lease, or keeps it, until `expiresAt`: free, expired, already ours, or
   * held by a process of this host that is no longer running (`isGone`). Answers whether we hold it.
   */
  async claimLease(holder: string, now: string, expiresAt: string, isGone: (holder: string) => boolean): Promise<boolean> {
    await this.ensureSchema();
    return this.db.transaction(async (tx) => {
      await tx.run(`INSERT INTO webhook_dispatch_lease (name, holder, expires_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING`, [LEASE, holder, expiresAt]);
      const current = await tx.get<{ holder: string; expires_at: string }>('SELECT holder, expires_at FROM webhook_dispatch_lease WHERE name = ?', [LEASE]);
      if (!current) return false;
      if (current.holder !== holder && current.expires_at > now && !isGone(current.holder)) return false;
      // Compare and set on the row as read: of two dispatchers that both found it free, one wins.
      const { changes } = await tx.run('UPDATE webhook_dispatch_lease SET holder = ?, expires_at = ? WHERE name = ? AND holder = ? AND expires_at = ?', [
        holder,
        expiresAt,
        LEASE,
        current.holder,
        current.expires_at,
      ]);
      return changes === 1;
    });
  }

  async releaseLease(holder: string): Promise<void> {
    await this.ensureSchema();
    await this.db.transaction((tx) => tx.run('DELETE FROM webhook_dispatch_lease WHERE name = ? AND holder = ?', [LEASE, holder]));
  }
}

function writeAttempt(tx: SqlExecutor, endpointId: string, attempt: DeliveryAttempt): void {
  tx.write(
    `INSERT INTO webhook_attempts (endpoint_id, attempt_id, message_id, event_type, stream_id, position, attempt, attempted_at, outcome, status_code, latency_ms, error)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (endpoint_id, attempt_id) DO NOTHING`,
    [
      endpointId, attempt.attemptId, attempt.messageId, attempt.eventType, attempt.streamId, attempt.position, attempt.attempt, attempt.attemptedAt,
      attempt.outcome, attempt.statusCode, attempt.latencyMs, attempt.error,
    ],
  );
}
