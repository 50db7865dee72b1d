import { CallHandler, ExecutionContext, HttpStatus, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { from, Observable, of, switchMap, catchError, throwError, mergeMap } from 'rxjs';
import type { ReadModelStore } from '@telemed/projections';
import { IDEMPOTENCY_STORE } from '../infrastructure/tokens';
import type { AuthenticatedRequest } from './auth';
import { HttpProblem, problem } from './problem-details';

const KEY = /^[\x21-\x7e]{1,200}$/;

export const IDEMPOTENCY_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS idempotency_keys (
     user_id TEXT NOT NULL, idempotency_key TEXT NOT NULL, request_hash TEXT NOT NULL,
     status_code INTEGER, response TEXT, created_at TEXT NOT NULL,
     PRIMARY KEY (user_id, idempotency_key))`,
];

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  }
  return value;
}

/**
 * `Idempotency-Key` on a POST: the first request with a key claims it and records its answer; a
 * retry with the same key and body gets that answer again and writes nothing; the same key with
 * another body is 409. Keys are scoped to the caller. A request that failed releases its key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private schemaReady?: Promise<void>;

  constructor(@Inject(IDEMPOTENCY_STORE) private readonly db: ReadModelStore) {}

  private ensureSchema(): Promise<void> {
    this.schemaReady ??= this.db.transaction(async (tx) => {
      for (const statement of IDEMPOTENCY_SCHEMA) await tx.run(statement);
    });
    return this.schemaReady;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined || !request.user) return next.handle();
    if (typeof key !== 'string' || !KEY.test(key)) {
      throw new HttpProblem(problem(400, 'invalid-idempotency-key', 'Idempotency-Key must be 1 to 200 visible ASCII characters'));
    }
    const userId = request.user.userId;
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.url}\n${JSON.stringify(canonical(request.body ?? null))}`)
      .digest('hex');
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const statusCode: number = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? HttpStatus.CREATED;

    return from(this.claim(userId, key, requestHash)).pipe(
      switchMap((previous) => {
        if (previous) {
          void reply.status(previous.statusCode);
          void reply.header('idempotent-replay', 'true');
          return of(previous.body);
        }
        return next.handle().pipe(
          mergeMap((body) => from(this.complete(userId, key, statusCode, body)).pipe(switchMap(() => of(body)))),
          catchError((error: unknown) => from(this.release(userId, key)).pipe(switchMap(() => throwError(() => error)))),
        );
      }),
    );
  }

  /** Claims the key; answers the recorded response when the key was used before with the same body. */
  private async claim(userId: string, key: string, requestHash: string) {
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
      return { statusCode: Number(existing.status_code), body: JSON.parse(existing.response ?? 'null') as unknown };
    });
  }

  private complete(userId: string, key: string, statusCode: number, body: unknown) {
    return this.db.transaction((tx) =>
      tx.run('UPDATE idempotency_keys SET status_code = ?, response = ? WHERE user_id = ? AND idempotency_key = ?', [
        statusCode,
        JSON.stringify(body ?? null),
        userId,
        key,
      ]),
    );
  }

  private release(userId: string, key: string) {
    return this.db.transaction((tx) =>
      tx.run('DELETE FROM idempotency_keys WHERE user_id = ? AND idempotency_key = ? AND status_code IS NULL', [userId, key]),
    );
  }
}
