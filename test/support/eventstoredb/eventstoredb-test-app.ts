import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import supertest from 'supertest';
import { mintToken } from '@telemed/auth';
import { ChainedEventStore } from '@telemed/audit';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { AppModule } from '../../../apps/api/src/app.module';
import { loadConfig } from '@telemed/runtime';
import { createValidationPipe } from '../../../apps/api/src/http/validation.pipe';
import { EVENT_STORE, RAW_EVENT_STORE } from '@telemed/application/infrastructure/tokens';
import { DEFAULT_TEST_NOW, SettableClock, type TestApp } from '../test-app';
import { connectStore, type EventStoreDbServer, eventStoreDbServer, REAL_SERVER } from './eventstoredb-under-test';
import { FaultInjectingStore } from './fault-injecting-store';
import { IsolatedLogView, newIsolatedLog } from './isolated-log-view';

export interface EventStoreDbTestApp extends TestApp {
  server: EventStoreDbServer;
  /** The app's event store below the audit chain: make its appends fail or race on purpose. */
  faults: FaultInjectingStore;
  /** The app's EVENT_STORE, as the command handlers see it (through every wrapper). */
  store: EventStore;
}

/**
 * The real application with EVENT_STORE on EventStoreDB: the test server, or the real server named
 * by EVENTSTORE_CONNECTION_STRING (there in a namespace of its own, as the log cannot be emptied).
 *
 * The app is configured with EVENT_STORE=eventstoredb, and built the way createApp does; its stored
 * log (RAW_EVENT_STORE: hash-chained, below the decrypting EVENT_STORE) is the same adapter behind a
 * FaultInjectingStore, so that a test can make appends fail or race on purpose.
 */
export async function startEventStoreDbTestApp(options: { now?: string } = {}): Promise<EventStoreDbTestApp> {
  const server = await eventStoreDbServer();
  const dataDir = await mkdtemp(join(tmpdir(), 'telemed-api-esdb-test-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    AUTH_JWT_SECRET: 'x'.repeat(40),
    EVENT_STORE: 'eventstoredb',
    EVENTSTORE_CONNECTION_STRING: server.connectionString,
    PATIENT_DATA_MASTER_KEY: randomBytes(32).toString('base64'),
  });
  const clock = new SettableClock(options.now ?? DEFAULT_TEST_NOW);
  let faults: FaultInjectingStore | undefined;
  let app: NestFastifyApplication | undefined;
  try {
    const adapter = await connectStore(server.connectionString);
    faults = new FaultInjectingStore(REAL_SERVER ? new IsolatedLogView(adapter, await newIsolatedLog(adapter)) : adapter);
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forConfig(config, clock)] })
      .overrideProvider(RAW_EVENT_STORE)
      .useValue(new ChainedEventStore(faults))
      .compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(
      new FastifyAdapter({ bodyLimit: config.bodyLimitBytes, trustProxy: false, genReqId: () => randomUUID() }),
      { logger: false },
    );
    app.useGlobalPipes(createValidationPipe());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await app?.close().catch(() => undefined);
    await faults?.close().catch(() => undefined);
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
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
    server,
    faults,
    store,
    // Positions are EventStoreDB commit positions, not counts: count the events themselves.
    eventCount: async () => {
      let count = 0;
      for (let after = 0n; ; ) {
        const slice = await store.readAll({ after, maxCount: 1000 });
        count += slice.events.length;
        if (slice.scannedUpTo === after) return count;
        after = slice.scannedUpTo;
      }
    },
    close: async () => {
      try {
        await app.close();
      } finally {
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  };
}
