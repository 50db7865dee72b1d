import { randomBytes } from 'node:crypto';
import { createTestDatabase } from './postgres';

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
  return { env: {}, stop: async () => undefined };
}
