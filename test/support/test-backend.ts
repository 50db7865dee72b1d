import { randomBytes } from 'node:crypto';
import { createTestDatabase } from './postgres';
import { startEventStoreTestServer } from './eventstoredb/test-server';

/**
 * Where a test app keeps its log and read models. The end-to-end suites run once per backend:
 * the jest project sets TEST_BACKEND, and each app gets a throw-away database of its own.
 */
export interface TestBackend {
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

export async function startTestBackend(): Promise<TestBackend> {
  if (process.env.TEST_BACKEND === 'postgres') {
    const database = await createTestDatabase();
    return {
      env: {
        EVENT_STORE: 'postgres',
        READ_MODEL_STORE: 'postgres',
        DATABASE_URL: database.connectionString,
        // Outside the embedded mode the master key is configuration, never generated.
        PATIENT_DATA_MASTER_KEY: randomBytes(32).toString('base64'),
      },
      stop: () => database.drop(),
    };
  }
  if (process.env.TEST_BACKEND === 'eventstoredb') {
    const server = await startEventStoreTestServer();
    return {
      env: {
        EVENT_STORE: 'eventstoredb',
        EVENTSTORE_CONNECTION_STRING: server.connectionString,
        PATIENT_DATA_MASTER_KEY: randomBytes(32).toString('base64'),
      },
      stop: () => server.stop(),
    };
  }
  return { env: {}, stop: async () => undefined };
}
