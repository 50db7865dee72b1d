import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '../support/postgres';
import { PatientDataCipher, SqlitePatientKeyStore } from '@telemed/event-store/encryption';
import { type BlobStore, FileBlobStore, PatientFileCipher, PatientFileUnreadable, PostgresBlobStore, sha256Of } from '@telemed/event-store/blobs';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** What every blob store must do: address by content, keep one copy, answer nothing for an unknown address. */
function behavesAsABlobStore(name: string, open: () => Promise<{ store: BlobStore; done: () => Promise<void> }>) {
  describe(name, () => {
    let store: BlobStore;
    let done: () => Promise<void>;
    beforeAll(async () => ({ store, done } = await open()));
    afterAll(() => done());

    it('keeps bytes under their SHA-256 and gives them back as stored', async () => {
      const bytes = randomBytes(100_000);
      const address = await store.put(bytes);
      expect(address).toBe(sha(bytes));
      expect(Buffer.compare((await store.get(address))!, bytes)).toBe(0);
      expect(await store.put(bytes)).toBe(address);
    });

    it('answers nothing for an address it does not hold, and forgets a deleted blob', async () => {
      expect(await store.get('0'.repeat(64))).toBeUndefined();
      const address = await store.put(randomBytes(10));
      await store.delete(address);
      expect(await store.get(address)).toBeUndefined();
    });

    it('refuses an address that is not a SHA-256 in hex, so it can name no path', async () => {
      await expect(store.get('../../etc/passwd')).rejects.toThrow(/not a blob address/);
    });
  });
}

behavesAsABlobStore('the file blob store', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'blobs-'));
  return { store: new FileBlobStore(directory), done: () => rm(directory, { recursive: true, force: true }) };
});

behavesAsABlobStore('the PostgreSQL blob store', async () => {
  const database = await createTestDatabase();
  const store = await PostgresBlobStore.connect({ connectionString: database.connectionString });
  return {
    store,
    done: async () => {
      await store.close();
      await database.drop();
    },
  };
});

describe("files sealed under the patient's data key", () => {
  let keys: SqlitePatientKeyStore;
  let cipher: PatientDataCipher;
  let files: PatientFileCipher;
  const keyId = 'f'.repeat(64);

  beforeEach(async () => {
    keys = SqlitePatientKeyStore.open(':memory:');
    cipher = await PatientDataCipher.open(randomBytes(32), keys);
    files = new PatientFileCipher(cipher);
  });
  afterEach(() => keys.close());

  it('open to the very file, checked against its SHA-256', async () => {
    const file = randomBytes(50_000);
    const { keyVersion, sealed } = await files.seal(keyId, file, sha256Of(file));
    expect(sealed.includes(file.subarray(0, 64))).toBe(false);
    expect(Buffer.compare((await files.open(keyId, keyVersion, sealed, sha256Of(file)))!, file)).toBe(0);
  });

  it('refuse altered bytes, and bytes presented as another file', async () => {
    const file = randomBytes(1000);
    const { keyVersion, sealed } = await files.seal(keyId, file, sha256Of(file));
    const altered = Buffer.from(sealed);
    altered[altered.length - 1] ^= 1;
    await expect(files.open(keyId, keyVersion, altered, sha256Of(file))).rejects.toThrow(PatientFileUnreadable);
    await expect(files.open(keyId, keyVersion, sealed, sha256Of(randomBytes(10)))).rejects.toThrow(PatientFileUnreadable);
    await expect(files.open(keyId, keyVersion, Buffer.from('short'), sha256Of(file))).rejects.toThrow(PatientFileUnreadable);
  });

  it("read as gone once the patient's keys are erased", async () => {
    const file = randomBytes(1000);
    const { keyVersion, sealed } = await files.seal(keyId, file, sha256Of(file));
    await keys.erase(keyId, new Date().toISOString());
    expect(await files.open(keyId, keyVersion, sealed, sha256Of(file))).toBeUndefined();
  });
});

describe('the file blob store on disk', () => {
  it('keeps each blob in a file readable by its owner only', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'blobs-'));
    try {
      const store = new FileBlobStore(directory);
      const address = await store.put(Buffer.from('x'));
      const { stat } = await import('node:fs/promises');
      expect((await stat(store.pathOf(address))).mode & 0o777).toBe(0o600);
      expect((await readFile(store.pathOf(address))).toString()).toBe('x');
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
