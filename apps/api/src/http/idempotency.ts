import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { TokenVerifier } from '@telemed/auth';
import { canonicalJson } from '@telemed/audit';
import type { ReadModelStore } from '@telemed/projections';
import { IDEMPOTENCY_STORE } from '@telemed/application/infrastructure/tokens';
import { type AuthenticatedRequest, authenticate } from './auth';
import { HttpProblem, problem, sendProblem } from '@telemed/application/requests/problem-details';

const KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * Routes whose answer holds a secret shown once (a calendar feed's address with its token, a webhook
 * endpoint's signing secret): their answers are never recorded, so no copy of the secret is kept.
 * Their key is not claimed either: a retry gets a subscription (or an endpoint) of its own, which is
 * harmless and can be revoked (or disabled).
 */
const ANSWERS_NEVER_RECORDED: ReadonlySet<string> = new Set(['/v1/calendar-feeds', '/v1/webhooks']);

export const IDEMPOTENCY_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS idempotency_keys (
     user_id TEXT NOT NULL, idempotency_key TEXT NOT NULL, request_hash TEXT NOT NULL,
     status_code INTEGER, response TEXT, created_at TEXT NOT NULL,
     PRIMARY KEY (user_id, idempotency_key))`,
];

/** The first answer to a key: its status and its body as it was sent. */
export interface RecordedAnswer {
  statusCode: number;
  body: string;
}

/** The callers' idempotency keys, each with the request it was first used for and, once answered, the answer. */
export class IdempotencyKeys {
  private schemaReady?: Promise<void>;

  constructor(private readonly db: ReadModelStore) {}

  /**
   * Claims the key for this request; answers the recorded answer when the key was used before
   * with the same request. 409 for another request under the key, or one still being answered.
   */
  async claim(userId: string, key: string, requestHash: string): Promise<RecordedAnswer | undefined> {
    await this.ensureSchema();
    return this.db.transaction(async (tx) => {
      const existing = await tx.get<{ request_hash: string; status_code: number | null; response: string | null }>(
        'SELECT request_hash, status_code, response FROM idempotency_keys WHERE user_id = ? AND idempotency_key = ?',
        [userId, key],
      );
      if (!existing) {
        await tx.run('INSERT INTO idempotency_keys (user_id, idempotency_key, request_hash, created_at) VALUES (?, ?, ?, ?)', [
          userId,
          key,
          requestHash,
          new Date().toISOString(),
        ]);
        return undefined;
      }
      if (existing.request_hash !== requestHash) {
        throw new HttpProblem(problem(409, 'idempotency-key-reused', 'this Idempotency-Key was already used with a different request'));
      }
      if (existing.status_code === null) {
        throw new HttpProblem(problem(409, 'idempotency-key-in-progress', 'a request with this Idempotency-Key is still being processed'));
      }
      return { statusCode: Number(existing.status_code), body: existing.response ?? 'null' };
    });
  }

  /** Records the answer, so that every retry gets it. */
  complete(userId: string, key: string, answer: RecordedAnswer): Promise<unknown> {
    return this.db.transaction((tx) =>
      tx.run('UPDATE idempotency_keys SET status_code = ?, response = ? WHERE user_id = ? AND idempotency_key = ?', [
        answer.statusCode,
        answer.body,
        userId,
        key,
      ]),
    );
  }

  /** Frees a key whose request was refused or failed, so that the corrected request may carry it. */
  release(userId: string, key: string): Promise<unknown> {
    return this.db.transaction((tx) =>
      tx.run('DELETE FROM idempotency_keys WHERE user_id = ? AND idempotency_key = ? AND status_code IS NULL', [userId, key]),
    );
  }

  private ensureSchema(): Promise<void> {
    this.schemaReady ??= this.db.transaction(async (tx) => {
      for (const statement of IDEMPOTENCY_SCHEMA) await tx.run(statement);
    });
    return this.schemaReady;
  }
}

export function requestHashOf(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`)
    .digest('hex');
}

/**
 * `Idempotency-Key` on a POST: the first request with a key claims it and records its answer; a
 * retry with the same key and body gets that answer again and writes nothing; the same key with
 * another body is 409. Keys are scoped to the caller. A request that was refused or failed
 * releases its key.
 *
 * Fastify hooks rather than a Nest interceptor: a request without the header costs one header
 * lookup, where a global interceptor would wrap every route of the API. The claim comes once the
 * body is parsed and the token verified (a caller without a valid token is left to the guards'
 * 401); the answer is recorded as it is sent.
 */
export function installIdempotency(app: NestFastifyApplication): void {
  const keys = new IdempotencyKeys(app.get<ReadModelStore>(IDEMPOTENCY_STORE));
  const verifier = app.get(TokenVerifier);
  const logger = new Logger('Idempotency');
  const claims = new WeakMap<FastifyRequest, { userId: string; key: string }>();
  const fastify = app.getHttpAdapter().getInstance();

  fastify.addHook('preHandler', async (request: AuthenticatedRequest, reply: FastifyReply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined || ANSWERS_NEVER_RECORDED.has(request.routeOptions.url ?? '')) return;
    const caller = await authenticate(request, verifier);
    if (!('user' in caller)) return;
    if (typeof key !== 'string' || !KEY.test(key)) {
      return sendProblem(reply, request, problem(400, 'invalid-idempotency-key', 'Idempotency-Key must be 1 to 200 visible ASCII characters'));
    }
    const userId = caller.user.userId;
    let recorded: RecordedAnswer | undefined;
    try {
      recorded = await keys.claim(userId, key, requestHashOf(request));
    } catch (error) {
      if (error instanceof HttpProblem) return sendProblem(reply, request, error.problem);
      logger.error({ err: error, requestId: request.id }, 'the idempotency key could not be claimed');
      return sendProblem(reply, request, problem(503, 'idempotency-unavailable', 'the Idempotency-Key could not be checked; retry shortly'), {
        'retry-after': '1',
      });
    }
    if (recorded) {
      return reply.code(recorded.statusCode).header('content-type', 'application/json; charset=utf-8').header('idempotent-replay', 'true').send(recorded.body);
    }
    claims.set(request, { userId, key });
  });

  fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const claim = claims.get(request);
    if (!claim) return payload;
    claims.delete(request);
    if (reply.statusCode >= 300) {
      await keys.release(claim.userId, claim.key).catch((error: unknown) => logger.error({ err: error, requestId: request.id }, 'the idempotency key could not be released'));
      return payload;
    }
    // The command has been carried out: if its answer cannot be recorded, the key stays claimed
    // (a retry is refused as in progress) rather than freed for a second execution.
    await keys
      .complete(claim.userId, claim.key, { statusCode: reply.statusCode, body: typeof payload === 'string' ? payload : JSON.stringify(payload ?? null) })
      .catch((error: unknown) => logger.error({ err: error, requestId: request.id }, 'the answer to an idempotency key could not be recorded'));
    return payload;
  });
}
