import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startEventStoreTestServer, type EventStoreTestServer } from '../support/eventstoredb/test-server';
import { completedConsultation, hourFrom, post } from '../support/consultation-steps';
import { seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { ensureCliBuilt, runBuiltCli, type CliRun } from '../support/cli-process';
import { startTestApp, type TestApp } from '../support/test-app';

interface Report {
  ok: boolean;
  eventsChecked: number;
  sealsChecked: number;
  eventStore: string;
  anchored: boolean;
  firstBreak?: { position: string; reason: string };
}

const reportOf = (run: CliRun): Report => JSON.parse(run.stdout) as Report;

/** A sealed history: the network, a completed consultation, and a seal over all of it. */
async function writeSealedHistory(t: TestApp): Promise<{ network: SeededNetwork; consultationId: string }> {
  const network = await seedNetwork(t);
  const { id } = await completedConsultation(t, network, hourFrom('2026-03-09T02:00:00Z'));
  expect((await post(t, network.tokens.coordinator, '/v1/audit/seal')).status).toBeLessThan(300);
  return { network, consultationId: id };
}

describe("the auditors' commands read the log on the store the API is configured with", () => {
  beforeAll(() => ensureCliBuilt(), 300_000);

  describe('on SQLite', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp();
      await writeSealedHistory(t);
    }, 120_000);

    afterAll(() => t?.close());

    it('verifies the embedded log of DATA_DIR when nothing else is configured', async () => {
      const run = await runBuiltCli(['verify'], { DATA_DIR: t.dataDir });
      expect(run.code).toBe(0);
      expect(reportOf(run)).toMatchObject({ ok: true, eventStore: 'sqlite', anchored: true, eventsChecked: await t.eventCount() });
    }, 60_000);
  });

  describe('on PostgreSQL', () => {
    let database: TestDatabase;
    let t: TestApp;
    let logEnv: NodeJS.ProcessEnv;
    let consultationId: string;
    const masterKey = randomBytes(32).toString('base64');

    beforeAll(async () => {
      database = await createTestDatabase();
      logEnv = { EVENT_STORE: 'postgres', DATABASE_URL: database.connectionString };
      t = await startTestApp({ env: { ...logEnv, PATIENT_DATA_MASTER_KEY: masterKey } });
      consultationId = (await writeSealedHistory(t)).consultationId;
    }, 120_000);

    afterAll(async () => {
      await t?.close();
      await database?.drop();
    });

    it('verifies the PostgreSQL log chosen by EVENT_STORE and DATABASE_URL, as the API reads them', async () => {
      const run = await runBuiltCli(['verify'], { ...logEnv, DATA_DIR: t.dataDir });
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.not.stringContaining('no event log') });
      expect(reportOf(run)).toMatchObject({ ok: true, eventStore: 'postgres', eventsChecked: await t.eventCount() });
      expect(reportOf(run).sealsChecked).toBeGreaterThan(0);
    }, 60_000);

    it('verifies the same log chosen by flags, and names the altered event once its row is changed (exit 1)', async () => {
      const flags = ['verify', '--event-store', 'postgres', '--database-url', database.connectionString, '--data-dir', t.dataDir];
      expect((await runBuiltCli(flags)).code).toBe(0);
      const client = new Client({ connectionString: database.connectionString });
      await client.connect();
      try {
        const { rows } = await client.query<{ global_position: string }>(
          `UPDATE events SET data = jsonb_set(data, '{title}', '"Attending physician"')
           WHERE global_position = (SELECT MIN(global_position) FROM events WHERE type = 'ExpertRegistered') RETURNING global_position`,
        );
        const run = await runBuiltCli(flags);
        expect(run.code).toBe(1);
        expect(reportOf(run)).toMatchObject({ ok: false, firstBreak: { position: rows[0].global_position } });
      } finally {
        await client.end();
      }
    }, 60_000);
    it('cli export takes a case from the PostgreSQL log too, and verify-export accepts it', async () => {
      const file = join(t.dataDir, 'case.ndjson');
      const exported = await runBuiltCli(['export', '--kind', 'consultations', '--id', consultationId, '--out', file], {
        ...logEnv,
        DATA_DIR: t.dataDir,
        PATIENT_DATA_MASTER_KEY: masterKey,
      });
      expect({ code: exported.code, stderr: exported.stderr }).toEqual({ code: 0, stderr: '' });
      expect(exported.stdout).toContain(`events of consultation ${consultationId}`);
      const checked = await runBuiltCli(['verify-export', '--file', file, '--public-key', join(t.dataDir, 'audit', 'public-key.pem')]);
      expect(checked.code).toBe(0);
    }, 60_000);
  });

  describe('on EventStoreDB', () => {
    let server: EventStoreTestServer;
    let t: TestApp;
    let logEnv: NodeJS.ProcessEnv;

    beforeAll(async () => {
      server = await startEventStoreTestServer();
      logEnv = { EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: server.connectionString };
      t = await startTestApp({ env: { ...logEnv, PATIENT_DATA_MASTER_KEY: randomBytes(32).toString('base64') } });
      await writeSealedHistory(t);
    }, 120_000);

    afterAll(async () => {
      await t?.close();
      await server?.stop();
    });

    it('verifies the EventStoreDB log chosen by EVENT_STORE and EVENTSTORE_CONNECTION_STRING', async () => {
      const run = await runBuiltCli(['verify'], { ...logEnv, DATA_DIR: t.dataDir });
      expect(run.code).toBe(0);
      expect(reportOf(run)).toMatchObject({ ok: true, eventStore: 'eventstoredb', eventsChecked: await t.eventCount() });
      expect(reportOf(run).sealsChecked).toBeGreaterThan(0);
    }, 60_000);

    it('verifies the same log chosen by flags', async () => {
      const run = await runBuiltCli(['verify', '--event-store', 'eventstoredb', '--eventstore-connection-string', server.connectionString, '--data-dir', t.dataDir]);
      expect(run.code).toBe(0);
      expect(reportOf(run)).toMatchObject({ ok: true, eventStore: 'eventstoredb' });
    }, 60_000);
  });

  it('names what is missing when the store needs a location it was not given (exit 1)', async () => {
    const run = await runBuiltCli(['verify', '--event-store', 'postgres', '--public-key', __filename]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the PostgreSQL log needs --database-url or DATABASE_URL');
  }, 30_000);
});
