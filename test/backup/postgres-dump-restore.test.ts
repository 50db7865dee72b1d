import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChainedEventStore, readSeals, SealSigner, sealLog, verifyLog, type LogSeal } from '@telemed/audit';
import { EncryptingEventStore, PatientDataCipher, PostgresPatientKeyStore } from '@telemed/event-store/encryption';
import { PostgresEventStore } from '@telemed/event-store/postgres/postgres-event-store';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

const CLINICIAN = { userId: 'clinician-aziz', role: 'clinician' as const, hospitalId: 'hospital-kashgar' };

/** The log of a distributed backbone: PostgreSQL, hash-chained, patient data encrypted under keys kept in the same database. */
async function openLog(connectionString: string, masterKey: Buffer) {
  const raw = new ChainedEventStore(await PostgresEventStore.connect({ connectionString }));
  const keys = await PostgresPatientKeyStore.connect({ connectionString });
  const store = new EncryptingEventStore(raw, await PatientDataCipher.open(masterKey, keys));
  return { raw, store, close: async () => (await store.close(), await keys.close()) };
}

describe('a PostgreSQL backbone backed up with pg_dump and restored with pg_restore', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'telemed-pg-dump-'));
  const dumpFile = join(workDir, 'telemed.dump');
  const masterKey = randomBytes(32);
  const signer = new SealSigner(generateKeyPairSync('ed25519').privateKey);
  let source: TestDatabase;
  let restored: TestDatabase;
  const consultationIds: string[] = [];
  /** The latest seal, kept beside the dump as latest-seal.json is: a dump cut short is then detected. */
  let latestSeal: LogSeal | undefined;

  beforeAll(async () => {
    [source, restored] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    const log = await openLog(source.connectionString, masterKey);
    try {
      for (let n = 0; n < 30; n++) {
        const consultationId = randomUUID();
        consultationIds.push(consultationId);
        await log.store.appendToStream(
          `consultation-${consultationId}`,
          [
            {
              eventId: randomUUID(),
              type: 'ConsultationRequested',
              schemaVersion: 1,
              data: {
                consultationId, partnershipId: 'partnership-1', pairingId: 'pairing-1', requestingHospitalId: 'hospital-kashgar',
                specialty: 'cardiology', urgency: 'routine', purpose: 'second opinion', caseSummary: `summary ${n}`,
                patient: { reference: `KS2-PG-${n}`, sex: 'female', birthDate: '1980-01-01' }, consent: { medical: true, dataSharing: true },
                requestedAt: '2026-03-02T00:00:00.000Z',
              },
              metadata: { actor: CLINICIAN, correlationId: randomUUID() },
            },
          ],
          'no-stream',
        );
        if (n % 10 === 9) latestSeal = await sealLog(log.raw, signer, { now: new Date().toISOString() });
      }
    } finally {
      await log.close();
    }
    // The procedure of README.md's "Backup and restore", PostgreSQL part.
    execFileSync('pg_dump', ['--format=custom', '--no-owner', `--file=${dumpFile}`, source.connectionString]);
    execFileSync('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${restored.connectionString}`, dumpFile]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([source?.drop(), restored?.drop()]);
    rmSync(workDir, { recursive: true, force: true });
  });

  it('the restored log verifies: every hash chain and seal, against the latest seal kept beside the dump', async () => {
    const log = await openLog(restored.connectionString, masterKey);
    try {
      const report = await verifyLog((options) => log.raw.readAll(options), { publicKey: signer.publicKey, seals: await readSeals(log.raw), anchor: latestSeal });
      // 30 consultations requested, 3 seals.
      expect(report).toMatchObject({ ok: true, eventsChecked: 33, sealsChecked: 3 });
    } finally {
      await log.close();
    }
  });

  it('the restored patient keys decrypt the restored log with the master key kept beside the dump', async () => {
    const log = await openLog(restored.connectionString, masterKey);
    try {
      const [requested] = await log.store.readStream(`consultation-${consultationIds[7]}`);
      expect(requested.data).toMatchObject({ patient: { reference: 'KS2-PG-7' }, caseSummary: 'summary 7' });
    } finally {
      await log.close();
    }
  });
});
