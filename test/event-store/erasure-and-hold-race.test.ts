import { randomBytes, randomUUID } from 'node:crypto';
import { HeldPatientDataErased, legalHoldDecider, LegalHoldInForce } from '@telemed/domain/legal-hold';
import {
  erasePatientData,
  PatientDataCipher,
  patientDataStreamId,
  PostgresPatientKeyStore,
  SqlitePatientKeyStore,
  type PatientKeyStore,
} from '@telemed/event-store/encryption';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { PostgresEventStore } from '@telemed/event-store/postgres/postgres-event-store';
import { SqliteEventStore } from '@telemed/event-store/sqlite/sqlite-event-store';
import { executeCommand } from '@telemed/application/commands/execute-command';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

const NOW = '2056-06-01T00:00:00.000Z';
const LONG_AGO = '2020-01-01T00:00:00.000Z';
const HOSPITAL = '6d4a3a52-1c1f-4f5b-9d63-0d4f0f8f4a01';
const metadata: EventMetadata = { actor: { userId: 'coordinator-wang', role: 'coordinator' }, correlationId: randomUUID() };

interface Stores {
  events: EventStore;
  keys: PatientKeyStore;
  close(): Promise<void>;
}

/**
 * A legal hold and an erasure of one patient, each arriving in the other's window: between the
 * erasure's reading of the patient's record stream and its writing, and between the hold's reading
 * and its append. In both orders exactly one wins, and no key is deleted under a hold.
 */
describe.each([
  [
    'SQLite',
    async (): Promise<Stores> => {
      const events = SqliteEventStore.open(':memory:');
      const keys = SqlitePatientKeyStore.open(':memory:');
      return { events, keys, close: async () => (await events.close(), await keys.close()) };
    },
  ],
  [
    'PostgreSQL',
    async (database?: TestDatabase): Promise<Stores> => {
      const events = await PostgresEventStore.connect({ connectionString: database!.connectionString, schema: `race_${randomBytes(4).toString('hex')}` });
      const keys = await PostgresPatientKeyStore.connect({ connectionString: database!.connectionString, schema: `keys_${randomBytes(4).toString('hex')}` });
      return { events, keys, close: async () => (await events.close(), await keys.close()) };
    },
  ],
] as const)('a legal hold and an erasure racing on %s', (name, open) => {
  let database: TestDatabase | undefined;
  let stores: Stores;
  let cipher: PatientDataCipher;

  beforeAll(async () => {
    if (name === 'PostgreSQL') database = await createTestDatabase();
  });
  beforeEach(async () => {
    stores = await open(database);
    cipher = await PatientDataCipher.open(randomBytes(32), stores.keys, () => LONG_AGO);
  });
  afterEach(() => stores.close());
  afterAll(() => database?.drop());

  /** A patient with one data key, last active long before the retention period ended. */
  const patient = async () => {
    const reference = `KS2-2020-${randomBytes(3).toString('hex')}`;
    const keyId = cipher.keyIdOf(HOSPITAL, reference);
    await stores.keys.activeKey(keyId, (version) => Buffer.concat([Buffer.from([version]), randomBytes(40)]), LONG_AGO);
    return { reference, keyId };
  };
  const placeHold = (keyId: string, beforeCommit?: () => Promise<void>) =>
    executeCommand(stores.events, metadata, async (unitOfWork) => {
      await unitOfWork.decide(patientDataStreamId(keyId), legalHoldDecider, {
        type: 'PlaceLegalHold',
        holdId: randomUUID(),
        keyId,
        hospitalId: HOSPITAL,
        reason: 'claim 2056-3 at the district court',
        placedBy: 'coordinator-wang',
        now: NOW,
      });
      await beforeCommit?.();
    });
  const erase = (reference: string, lastActivityOf: (keyId: string) => Promise<string | undefined>) =>
    erasePatientData(
      { store: stores.events, cipher, retentionYears: 30, lastActivityOf },
      { hospitalId: HOSPITAL, reference, reason: 'retention period is over', metadata, now: NOW },
    );
  const recordedTypes = async (keyId: string) => (await stores.events.readStream(patientDataStreamId(keyId))).map((event) => event.type);
  const keysKept = async (keyId: string) => (await stores.keys.versions(keyId)).every((version) => version.erasedAt === undefined || version.erasedAt === null);

  it('a hold placed after the erasure read the record stream wins: the erasure is refused and every key kept', async () => {
    const { reference, keyId } = await patient();
    let holdPlaced = false;
    const refused = erase(reference, async () => {
      // The erasure has read the stream (no hold) and now asks for the last activity: the hold lands here.
      if (!holdPlaced) {
        holdPlaced = true;
        await placeHold(keyId);
      }
      return LONG_AGO;
    });
    await expect(refused).rejects.toBeInstanceOf(LegalHoldInForce);
    expect(holdPlaced).toBe(true);
    expect(await recordedTypes(keyId)).toEqual(['LegalHoldPlaced']);
    expect(await keysKept(keyId)).toBe(true);
  });

  it('an erasure completed after the hold read the record stream wins: the hold is refused, the keys are gone', async () => {
    const { reference, keyId } = await patient();
    let erasedMeanwhile = false;
    const refused = placeHold(keyId, async () => {
      // The hold has decided on a stream without an erasure; the whole erasure happens before its append.
      if (!erasedMeanwhile) {
        erasedMeanwhile = true;
        await erase(reference, async () => LONG_AGO);
      }
    });
    await expect(refused).rejects.toBeInstanceOf(HeldPatientDataErased);
    expect(erasedMeanwhile).toBe(true);
    expect(await recordedTypes(keyId)).toEqual(['PatientDataErased']);
    expect(await keysKept(keyId)).toBe(false);
  });

  it('an erasure interrupted after it was recorded deletes the keys when asked again, without a second event', async () => {
    const { reference, keyId } = await patient();
    const versions = (await stores.keys.versions(keyId)).map((version) => version.version);
    await stores.events.appendToStream(
      patientDataStreamId(keyId),
      [
        {
          eventId: randomUUID(),
          type: 'PatientDataErased',
          schemaVersion: 1,
          data: { keyId, keyVersions: versions, reason: 'retention period is over', erasedBy: 'coordinator-wang', erasedAt: NOW, lastActivityAt: LONG_AGO, retentionYears: 30 },
          metadata,
        },
      ],
      'no-stream',
    );
    expect(await keysKept(keyId)).toBe(true);
    const completed = await erase(reference, async () => LONG_AGO);
    expect(completed.keyVersions).toEqual(versions);
    expect(await keysKept(keyId)).toBe(false);
    expect(await recordedTypes(keyId)).toEqual(['PatientDataErased']);
    await expect(placeHold(keyId)).rejects.toBeInstanceOf(HeldPatientDataErased);
  });
});
