import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * The server the PostgreSQL suites use: a superuser connection to its maintenance database.
 * `TEST_POSTGRES_URL` overrides the machines' default (127.0.0.1:5432, user postgres, trust auth).
 */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  connectionString: string;
  /** Drops the database, disconnecting whoever is still connected. */
  drop(): Promise<void>;
}

/**
 * Creates an empty database of its own for one test file. Fails, never skips, when the server is
 * unreachable: a missing PostgreSQL in CI is a broken build, not a passing one.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `telemed_test_${randomBytes(6).toString('hex')}`;
  await asAdministrator(async (admin) => void (await admin.query(`CREATE DATABASE ${name}`)));
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    connectionString: url.toString(),
    drop: () => asAdministrator(async (admin) => void (await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}

/** Runs `work` on a fresh connection to the maintenance database, with a clear error when there is no server. */
export async function asAdministrator<Result>(work: (admin: Client) => Promise<Result>): Promise<Result> {
  const admin = new Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    await admin.end().catch(() => undefined);
    throw new Error(
      `PostgreSQL is not reachable at ${withoutPassword(TEST_POSTGRES_URL)} (${String(error)}). ` +
        'The PostgreSQL suites need a running server and never skip: start it ' +
        '(test/run-all.sh starts an installed cluster) or point TEST_POSTGRES_URL at one.',
      { cause: error },
    );
  }
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

function withoutPassword(connectionString: string): string {
  const url = new URL(connectionString);
  if (url.password) url.password = '***';
  return url.toString();
}
