import { randomBytes, randomUUID } from 'node:crypto';
import type { NewEvent } from '../event-envelope';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { EncryptingEventStore } from './encrypting-event-store';
import { MasterKeyMismatch, PatientDataCipher, PatientDataUnreadable } from './patient-data-cipher';
import { SqlitePatientKeyStore } from './sqlite-patient-key-store';

const HOSPITAL = 'hospital-kashgar-2';
const metadata = { actor: { userId: 'clinician-aziz', role: 'clinician' as const, hospitalId: HOSPITAL }, correlationId: 'c-1' };
const event = (type: string, data: Record<string, unknown>): NewEvent => ({ eventId: randomUUID(), type, schemaVersion: 1, data, metadata });
const requested = (id: string, reference = 'KS2-1') =>
  event('ConsultationRequested', { consultationId: id, requestingHospitalId: HOSPITAL, specialty: 'cardiology', purpose: 'plan', caseSummary: 'LVEF 30%', patient: { reference, name: 'Aygul' } });

describe('patient data encrypted inside events', () => {
  let raw: SqliteEventStore;
  let keys: SqlitePatientKeyStore;
  let store: EncryptingEventStore;
  const masterKey = randomBytes(32);

  beforeEach(async () => {
    raw = SqliteEventStore.open(':memory:');
    keys = SqlitePatientKeyStore.open(':memory:');
    store = new EncryptingEventStore(raw, await PatientDataCipher.open(masterKey, keys));
  });

  afterEach(async () => {
    await store.close();
    await keys.close();
  });

  it('stores the patient and the clinical text sealed, names them in the metadata, and reads them back in clear', async () => {
    await store.appendToStream('consultation-1', [requested('1')], 'no-stream');
    const [stored] = await raw.readStream('consultation-1');
    expect(JSON.stringify(stored.data)).not.toMatch(/Aygul|KS2-1|LVEF/);
    expect(stored.data).toMatchObject({ specialty: 'cardiology', patient: expect.stringMatching(/^enc:v1:/) });
    expect(stored.metadata.encryption).toEqual({
      keyId: store.cipher.keyIdOf(HOSPITAL, 'KS2-1'),
      keyVersion: 1,
      algorithm: 'AES-256-GCM',
      fields: ['patient', 'purpose', 'caseSummary'],
    });
    const [read] = await store.readStream('consultation-1');
    expect(read.data).toMatchObject({ patient: { reference: 'KS2-1', name: 'Aygul' }, caseSummary: 'LVEF 30%' });
  });

  it("seals a later event's clinical text under the key of the patient the stream's first event names", async () => {
    await store.appendToStream('consultation-1', [requested('1')], 'no-stream');
    await store.appendToStream('consultation-1', [event('ConsultationOpinionSigned', { consultationId: '1', opinion: 'ICD indicated' })], 0);
    await store.appendToStream('expert-9', [event('ExpertBookingReleased', { expertId: '9', reason: 'consultation cancelled' })], 'no-stream');
    const [, signed] = await raw.readStream('consultation-1');
    expect(signed.metadata.encryption).toMatchObject({ keyId: store.cipher.keyIdOf(HOSPITAL, 'KS2-1'), fields: ['opinion'] });
    const [released] = await raw.readStream('expert-9');
    expect(released.data).toEqual({ expertId: '9', reason: 'consultation cancelled' });
    expect(released.metadata.encryption).toBeUndefined();
  });

  it('reads placeholders once the patient key is erased, and a new key for data the patient has afterwards', async () => {
    await store.appendToStream('consultation-1', [requested('1')], 'no-stream');
    const keyId = store.cipher.keyIdOf(HOSPITAL, 'KS2-1');
    expect(await keys.erase(keyId, '2056-06-01T00:00:00Z')).toEqual([1]);
    const [erased] = await store.readStream('consultation-1');
    expect(erased.data).toMatchObject({ patient: { reference: '[erased]' }, purpose: '[erased]', caseSummary: '[erased]', specialty: 'cardiology' });

    await store.appendToStream('consultation-2', [requested('2')], 'no-stream');
    const [, again] = (await store.readAll({ after: 0n })).events;
    expect(again.metadata.encryption?.keyVersion).toBe(2);
    expect(again.data).toMatchObject({ patient: { reference: 'KS2-1', name: 'Aygul' } });
    expect((await keys.versions(keyId)).map(({ version, erasedAt }) => ({ version, erased: erasedAt !== undefined }))).toEqual([
      { version: 1, erased: true },
      { version: 2, erased: false },
    ]);
  });

  it('refuses patient details it cannot key, rather than storing them in clear', async () => {
    const unkeyed = event('ConsultationRequested', { consultationId: '3', patient: { name: 'Aygul' } });
    await expect(store.appendToStream('consultation-3', [unkeyed], 'no-stream')).rejects.toThrow(/patient reference/);
    expect(await raw.headPosition()).toBe(0n);
  });

  it('reports altered ciphertext instead of reading it as erased', async () => {
    await store.appendToStream('consultation-1', [requested('1')], 'no-stream');
    const [stored] = await raw.readStream('consultation-1');
    const data = stored.data as Record<string, string>;
    const altered = { ...stored, data: { ...data, caseSummary: data.purpose } };
    await expect(store.cipher.decrypt([altered])).rejects.toThrow(PatientDataUnreadable);
  });

  it('refuses a key store made under another master key', async () => {
    await expect(PatientDataCipher.open(randomBytes(32), keys)).rejects.toThrow(MasterKeyMismatch);
  });
});
