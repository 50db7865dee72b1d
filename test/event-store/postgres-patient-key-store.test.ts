import { randomBytes } from 'node:crypto';
import { PostgresPatientKeyStore, SqlitePatientKeyStore, type PatientKeyStore } from '@telemed/event-store/encryption';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

const wrapped = (version: number) => Buffer.concat([Buffer.from([version]), randomBytes(40)]);
const NOW = '2026-01-01T00:00:00.000Z';

/** The patient key stores side by side: the rules are one, whichever database keeps the keys. */
describe.each([
  ['PostgreSQL', async (database: TestDatabase) => PostgresPatientKeyStore.connect({ connectionString: database.connectionString })],
  ['SQLite', async () => SqlitePatientKeyStore.open(':memory:')],
] as const)('patient data keys in %s', (_name, open) => {
  let database: TestDatabase;
  let stores: PatientKeyStore[];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  beforeEach(() => {
    stores = [];
  });
  afterEach(async () => {
    await Promise.all(stores.map((store) => store.close()));
  });
  afterAll(() => database.drop());

  const openStore = async () => {
    const store = await open(database);
    stores.push(store);
    return store;
  };

  it('gives writers racing to make a patient’s first key one and the same key', async () => {
    const store = await openStore();
    const keyId = `patient-${randomBytes(6).toString('hex')}`;
    const keys = await Promise.all(Array.from({ length: 8 }, () => store.activeKey(keyId, wrapped, NOW)));
    expect(new Set(keys.map((key) => key.wrappedKey.toString('hex'))).size).toBe(1);
    expect(keys[0].version).toBe(1);
    expect(await store.versions(keyId)).toEqual([{ version: 1, createdAt: NOW }]);
  });

  it('after an erasure, makes the patient a new key under the next version', async () => {
    const store = await openStore();
    const keyId = `patient-${randomBytes(6).toString('hex')}`;
    const first = await store.activeKey(keyId, wrapped, NOW);
    expect(await store.erase(keyId, NOW)).toEqual([1]);
    expect(await store.key(keyId, 1)).toBeUndefined();
    const second = await store.activeKey(keyId, wrapped, NOW);
    expect(second.version).toBe(2);
    expect(second.wrappedKey.equals(first.wrappedKey)).toBe(false);
    expect(await store.activeKey(keyId, wrapped, NOW)).toEqual(second);
  });
});
