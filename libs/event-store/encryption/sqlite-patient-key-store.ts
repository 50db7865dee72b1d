import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3';
import { makeCommitsDurable } from '../sqlite/sqlite-schema';
import { chmodSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SqliteGroupCommit } from '../sqlite/group-commit';
import type { DataKeyVersion, PatientKeyStore, StoredDataKey } from './patient-key-store';

export const PATIENT_KEYS_FILE = 'patient-keys.sqlite';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS patient_data_keys (
    key_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    wrapped_key BLOB,
    created_at TEXT NOT NULL,
    erased_at TEXT,
    PRIMARY KEY (key_id, version)
  );
  CREATE TABLE IF NOT EXISTS key_store_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

interface KeyRow {
  key_id: string;
  version: number;
  wrapped_key: Buffer | null;
  created_at: string;
  erased_at: string | null;
}

interface NewKey {
  keyId: string;
  wrapNew: (version: number) => Buffer;
  createdAt: string;
}

const storedKey = (row: KeyRow): StoredDataKey => ({
  keyId: row.key_id,
  version: row.version,
  wrappedKey: row.wrapped_key!,
  createdAt: row.created_at,
});

/**
 * The patients' wrapped data keys in a SQLite file of their own (mode 0600). `secure_delete`
 * zeroes the bytes of an erased key in the file, and the write-ahead log is truncated after every
 * erasure, so the erased key is not left behind in free pages or old log frames.
 */
export class SqlitePatientKeyStore implements PatientKeyStore {
  private readonly statements: Record<'active' | 'latestVersion' | 'insert' | 'version', Statement>;
  /** New keys are group-committed: a burst of requests for new patients shares one transaction. */
  private readonly newKeys: SqliteGroupCommit<NewKey, KeyRow>;

  private constructor(private readonly db: Database) {
    this.statements = {
      active: db.prepare('SELECT * FROM patient_data_keys WHERE key_id = ? AND wrapped_key IS NOT NULL ORDER BY version DESC LIMIT 1'),
      latestVersion: db.prepare('SELECT MAX(version) AS latest FROM patient_data_keys WHERE key_id = ?'),
      insert: db.prepare('INSERT INTO patient_data_keys (key_id, version, wrapped_key, created_at) VALUES (?, ?, ?, ?)'),
      version: db.prepare('SELECT * FROM patient_data_keys WHERE key_id = ? AND version = ? AND wrapped_key IS NOT NULL'),
    };
    // Asks again inside the write transaction: another request or process may have created the key meanwhile.
    this.newKeys = new SqliteGroupCommit(db, ({ keyId, wrapNew, createdAt }: NewKey): KeyRow => {
      const active = this.statements.active.get(keyId) as KeyRow | undefined;
      if (active) return active;
      const { latest } = this.statements.latestVersion.get(keyId) as { latest: number | null };
      const version = (latest ?? 0) + 1;
      const row: KeyRow = { key_id: keyId, version, wrapped_key: wrapNew(version), created_at: createdAt, erased_at: null };
      this.statements.insert.run(keyId, version, row.wrapped_key, createdAt);
      return row;
    });
  }

  static open(filePath: string): SqlitePatientKeyStore {
    if (filePath !== ':memory:') mkdirSync(dirname(filePath), { recursive: true });
    const db = new BetterSqlite3(filePath);
    try {
      db.pragma('journal_mode = WAL');
      // A data key lost to a power cut would make its patient's events unreadable.
      makeCommitsDurable(db);
      db.pragma('secure_delete = ON');
      db.pragma('busy_timeout = 5000');
      db.exec(SCHEMA);
      if (filePath !== ':memory:') chmodSync(filePath, 0o600);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqlitePatientKeyStore(db);
  }

  async claimMasterKey(checkValue: string): Promise<boolean> {
    this.db.prepare(`INSERT INTO key_store_settings (name, value) VALUES ('master_key_check', ?) ON CONFLICT (name) DO NOTHING`).run(checkValue);
    const row = this.db.prepare(`SELECT value FROM key_store_settings WHERE name = 'master_key_check'`).get() as { value: string };
    return row.value === checkValue;
  }

  async activeKey(keyId: string, wrapNew: (version: number) => Buffer, createdAt: string): Promise<StoredDataKey> {
    const active = this.statements.active.get(keyId) as KeyRow | undefined;
    if (active) return storedKey(active);
    return storedKey(await this.newKeys.submit({ keyId, wrapNew, createdAt }));
  }

  async key(keyId: string, version: number): Promise<StoredDataKey | undefined> {
    const row = this.statements.version.get(keyId, version) as KeyRow | undefined;
    return row && storedKey(row);
  }

  async versions(keyId: string): Promise<DataKeyVersion[]> {
    const rows = this.db.prepare('SELECT * FROM patient_data_keys WHERE key_id = ? ORDER BY version').all(keyId) as KeyRow[];
    return rows.map((row) => ({ version: row.version, createdAt: row.created_at, ...(row.erased_at && { erasedAt: row.erased_at }) }));
  }

  async erase(keyId: string, erasedAt: string): Promise<number[]> {
    const erase = this.db.transaction((): number[] => {
      const versions = this.db
        .prepare('SELECT version FROM patient_data_keys WHERE key_id = ? AND wrapped_key IS NOT NULL ORDER BY version')
        .all(keyId) as Array<{ version: number }>;
      this.db.prepare('UPDATE patient_data_keys SET wrapped_key = NULL, erased_at = ? WHERE key_id = ? AND wrapped_key IS NOT NULL').run(erasedAt, keyId);
      return versions.map((row) => row.version);
    });
    const erased = erase.immediate();
    // The old page with the key may still sit in the write-ahead log until it is checkpointed.
    if (erased.length > 0) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return erased;
  }

  async close(): Promise<void> {
    this.newKeys.commit();
    if (this.db.open) this.db.close();
  }
}
