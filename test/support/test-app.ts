import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import supertest from 'supertest';
import { mintToken, type UserRole } from '@telemed/auth';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { loadConfig } from '@telemed/runtime';
import { startTestBackend } from './test-backend';
import { createApp } from '../../apps/api/src/create-app';
import { Clock, EVENT_STORE } from '@telemed/application/infrastructure/tokens';
import type { ObservedResponse } from '../../apps/api/src/create-app';
import { ResponseContract } from './response-contract';

/** The instant every test app starts at, unless a test asks for another. */
export const DEFAULT_TEST_NOW = '2026-03-02T00:00:00Z';

/** A clock the test moves by hand, so business times (requested-at, signed-at) are known in advance. */
export class SettableClock extends Clock {
  private current: number;

  constructor(iso: string) {
    super();
    this.current = SettableClock.parse(iso);
  }

  now(): string {
    return new Date(this.current).toISOString();
  }

  set(iso: string): void {
    this.current = SettableClock.parse(iso);
  }

  advance(ms: number): void {
    this.current += ms;
  }

  private static parse(iso: string): number {
    const at = Date.parse(iso);
    if (Number.isNaN(at)) throw new Error(`not an instant: ${iso}`);
    return at;
  }
}

export interface TestApp {
  app: NestFastifyApplication;
  http: supertest.Agent;
  /**
   * A bearer token signed with the app's own secret (header `Bearer ${token}`), valid for
   * `ttlSeconds` of real time; a negative ttl gives a token that has already expired.
   */
  token(role: UserRole, sub: string, hospitalId?: string, ttlSeconds?: number): Promise<string>;
  clock: SettableClock;
  dataDir: string;
  /** How many events the log holds. */
  eventCount(): Promise<number>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  now?: string;
  /** More configuration (LOG_LEVEL, PATIENT_RETENTION_YEARS...); the data directory and secret are the test's. */
  env?: NodeJS.ProcessEnv;
  /** Where the JSON log goes; without it the application logs nothing. */
  logDestination?: { write(line: string): void };
  /** The built console to serve at `/`; the project's own build when absent. */
  consoleDir?: string;
  /** Run as the embedded development mode: no configured secret, one generated in the data directory. */
  developmentMode?: boolean;
}

/** Starts the real application on a fresh data directory, listening on an ephemeral local port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'telemed-api-test-'));
  const backend = await startTestBackend();
  const config = loadConfig({ ...backend.env, ...options.env, DATA_DIR: dataDir, AUTH_JWT_SECRET: options.developmentMode ? '' : 'x'.repeat(40) });
  const clock = new SettableClock(options.now ?? DEFAULT_TEST_NOW);
  let app: NestFastifyApplication;
  // Every answer of the test is checked against /docs-json when the app closes.
  const answers: ObservedResponse[] = [];
  try {
    app = await createApp(config, {
      clock,
      logger: options.logDestination !== undefined,
      logDestination: options.logDestination,
      ...(options.consoleDir && { consoleDir: options.consoleDir }),
      observeResponse: (response) => answers.push(response),
    });
    // Listening once keeps concurrent supertest requests on one server instead of one ephemeral server each.
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    await backend.stop();
    throw error;
  }
  const store = app.get<EventStore>(EVENT_STORE);
  return {
    app,
    http: supertest.agent(app.getHttpServer()),
    token: (role, sub, hospitalId, ttlSeconds) =>
      mintToken(config.jwtSecret, { role, sub, ...(hospitalId && { hospitalId }) }, ttlSeconds),
    clock,
    dataDir,
    // Counted, not taken from the head position: EventStoreDB positions are byte offsets.
    eventCount: async () => {
      let count = 0;
      for (let after = 0n; ; ) {
        const slice = await store.readAll({ after, maxCount: 5000 });
        count += slice.events.length;
        if (slice.events.length === 0 || slice.scannedUpTo <= after) return count;
        after = slice.scannedUpTo;
      }
    },
    close: async () => {
      let violations: string[] = [];
      try {
        violations = await contractViolations(app, answers);
      } finally {
        try {
          await app.close();
        } finally {
          await rm(dataDir, { recursive: true, force: true });
          await backend.stop();
        }
      }
      if (violations.length > 0) throw new Error(`answers that /docs-json does not describe:\n${violations.join('\n')}`);
    },
  };
}

/** The answers that break the API's own document, one line each (the first of each route and status). */
async function contractViolations(app: NestFastifyApplication, answers: ObservedResponse[]): Promise<string[]> {
  if (answers.length === 0) return [];
  const document = await supertest(app.getHttpServer()).get('/docs-json');
  const contract = new ResponseContract(document.body);
  const seen = new Set<string>();
  const violations: string[] = [];
  for (const answer of answers) {
    const violation = contract.violationOf(answer);
    const key = `${answer.method} ${answer.route} ${answer.status}`;
    if (violation && !seen.has(key)) {
      seen.add(key);
      violations.push(violation);
    }
  }
  return violations;
}
