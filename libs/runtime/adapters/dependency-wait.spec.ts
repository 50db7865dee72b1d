import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config';
import { ConfigError } from '../config/settings';
import { DependencyWaitExpired, startupDependencies, waitForDependencies, type StartupDependency } from './dependency-wait';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });

function dependency(probe: () => Promise<void>): StartupDependency {
  return { name: 'postgres', address: 'postgres://127.0.0.1:1/db', probe };
}

describe('waiting for the databases at start-up', () => {
  it('names PostgreSQL and EventStoreDB when the configuration uses them, without the password, and nothing for SQLite', () => {
    expect(startupDependencies({ eventStore: 'sqlite', readModelStore: 'sqlite' })).toEqual([]);
    const [postgres] = startupDependencies({ eventStore: 'postgres', readModelStore: 'postgres', databaseUrl: 'postgres://app:secret@db.internal:5432/telemed' });
    expect(postgres).toMatchObject({ name: 'postgres', address: 'postgres://db.internal:5432/telemed' });
    const names = startupDependencies({ eventStore: 'eventstoredb', readModelStore: 'postgres', databaseUrl: 'postgres://db/x', eventStoreConnectionString: 'esdb://es:2113?tls=false' });
    expect(names.map((entry) => entry.name)).toEqual(['postgres', 'eventStoreDb']);
  });

  it('retries a database out of reach with a growing back-off, logging each attempt, until it answers', async () => {
    let calls = 0;
    const waits: number[] = [];
    const reached: number[] = [];
    await waitForDependencies(
      [dependency(async () => void (++calls < 4 && (() => { throw refused(); })()))],
      30,
      { waiting: (fields) => waits.push(fields.retryInMs), reached: (fields) => reached.push(fields.attempts) },
    );
    expect(calls).toBe(4);
    expect(waits).toEqual([250, 500, 1000]);
    expect(reached).toEqual([4]);
  });

  it('gives up with the reason once the wait is over, making its last attempt at the deadline', async () => {
    let calls = 0;
    const began = Date.now();
    const waiting = waitForDependencies([dependency(async () => void (calls++, (() => { throw refused(); })()))], 1, { waiting: () => undefined, reached: () => undefined });
    await expect(waiting).rejects.toThrow(new DependencyWaitExpired('postgres', 'postgres://127.0.0.1:1/db', 1, 'connect ECONNREFUSED 127.0.0.1:1'));
    expect(Date.now() - began).toBeGreaterThanOrEqual(1000);
    expect(calls).toBeGreaterThanOrEqual(3); // at 0, 0.25, 0.75 and at the deadline (a late timer may take the third past it)
  });

  it('does not wait on a failure that waiting would not mend (a wrong password, a missing database)', async () => {
    const wrongPassword = Object.assign(new Error('password authentication failed for user "app"'), { code: '28P01' });
    await expect(waitForDependencies([dependency(async () => Promise.reject(wrongPassword))], 30, { waiting: () => undefined, reached: () => undefined })).rejects.toBe(wrongPassword);
  });

  it('reads STARTUP_WAIT_SECONDS: 300 by default, 0 to 86400', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'telemed-startup-wait-'));
    try {
      const secret = 'x'.repeat(40);
      expect(loadConfig({ DATA_DIR: dataDir, AUTH_JWT_SECRET: secret }).startupWaitSeconds).toBe(300);
      expect(loadConfig({ DATA_DIR: dataDir, AUTH_JWT_SECRET: secret, STARTUP_WAIT_SECONDS: '0' }).startupWaitSeconds).toBe(0);
      expect(() => loadConfig({ DATA_DIR: dataDir, AUTH_JWT_SECRET: secret, STARTUP_WAIT_SECONDS: '-1' })).toThrow(ConfigError);
      expect(() => loadConfig({ DATA_DIR: dataDir, AUTH_JWT_SECRET: secret, STARTUP_WAIT_SECONDS: 'soon' })).toThrow(/STARTUP_WAIT_SECONDS/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
