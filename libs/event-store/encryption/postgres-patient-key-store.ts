import type { Pool } from 'pg';
import { resilientPool } from '../postgres/resilient-pool';
import type { DataKeyVersion, PatientKeyStore, StoredDataKey } from './patient-key-store';

interface KeyRow {
  key_id: string;
  version: number;
  wrapped_key: Buffer | null;
  created_at: string;
  erased_at: string | null;
}

const storedKey = (row: KeyRow): StoredDataKey => ({
  keyId: row.key_id,
  version: row.version,
  wrappedKey: row.wrapped_key!,
  createdAt: row.created_at,
});

/**
 * The patients' wrapped data keys in PostgreSQL, shared by every process of a deployment so that
 * each can decrypt what another wrote. Erasure sets the wrapped key to NULL; PostgreSQL reclaims
 * the old tuple at the next vacuum, which the erasure triggers for this table.
 */
export class PostgresPatientKeyStore implements PatientKeyStore {
  private constructor(
    private readonly pool: Pool,
    private readonly schema: string,
  ) {}

  static async connect(options: { connectionString: string; schema?: string }): Promise<PostgresPatientKeyStore> {
    const schema = options.schema ?? 'patient_keys';
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
    // A connection the server ends (a restart, a failover) is replaced; unheard, it would end the process.
    const pool = resilientPool({ connectionString: options.connectionString, max: 4 });
    await pool.query(`SELECT pg_advisory_lock(hashtext('telemed.patient_keys.migrate'))`);
    try {
      await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await pool.query(`CREATE TABLE IF NOT EXISTS ${schema}.patient_data_keys (
        key_id TEXT NOT NULL, version INTEGER NOT NULL, wrapped_key BYTEA, created_at TEXT NOT NULL, erased_at TEXT,
        PRIMARY KEY (key_id, version))`);
      await pool.query(`CREATE TABLE IF NOT EXISTS ${schema}.key_store_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    } finally {
      await pool.query(`SELECT pg_advisory_unlock(hashtext('telemed.patient_keys.migrate'))`);
    }
    return new PostgresPatientKeyStore(pool, schema);
  }

  async claimMasterKey(checkValue: string): Promise<boolean> {
    await this.pool.query(
      `INSERT INTO ${this.schema}.key_store_settings (name, value) VALUES ('master_key_check', $1) ON CONFLICT (name) DO NOTHING`,
      [checkValue],
    );
    const { rows } = await this.pool.query(`SELECT value FROM ${this.schema}.key_store_settings WHERE name = 'master_key_check'`);
    return rows[0].value === checkValue;
  }

  /**
   * One round trip when the key exists, two when it is made. Versions are dense and (key id,
   * version) is the primary key, so of two writers racing to make a patient's next key one inserts
   * it and the other, refused by the key, takes the key the first one made.
   */
  async activeKey(keyId: string, wrapNew: (version: number) => Buffer, createdAt: string): Promise<StoredDataKey> {
    for (;;) {
      const { rows } = await this.pool.query<KeyRow & { latest: number | null }>(
        `SELECT active.*, (SELECT MAX(version) FROM ${this.schema}.patient_data_keys WHERE key_id = $1) AS latest
         FROM (SELECT 1) AS one
         LEFT JOIN LATERAL (
           SELECT * FROM ${this.schema}.patient_data_keys WHERE key_id = $1 AND wrapped_key IS NOT NULL ORDER BY version DESC LIMIT 1
         ) AS active ON true`,
        [keyId],
      );
      if (rows[0].key_id !== null) return storedKey(rows[0]);
      const version = (rows[0].latest ?? 0) + 1;
      const created = await this.pool.query<KeyRow>(
        `INSERT INTO ${this.schema}.patient_data_keys (key_id, version, wrapped_key, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (key_id, version) DO NOTHING RETURNING *`,
        [keyId, version, wrapNew(version), createdAt],
      );
      if (created.rows[0]) return storedKey(created.rows[0]);
    }
  }

  async key(keyId: string, version: number): Promise<StoredDataKey | undefined> {
    const { rows } = await this.pool.query<KeyRow>(
      `SELECT * FROM ${this.schema}.patient_data_keys WHERE key_id = $1 AND version = $2 AND wrapped_key IS NOT NULL`,
      [keyId, version],
    );
    return rows[0] && storedKey(rows[0]);
  }

  async versions(keyId: string): Promise<DataKeyVersion[]> {
    const { rows } = await this.pool.query<KeyRow>(`SELECT * FROM ${this.schema}.patient_data_keys WHERE key_id = $1 ORDER BY version`, [keyId]);
    return rows.map((row) => ({ version: row.version, createdAt: row.created_at, ...(row.erased_at && { erasedAt: row.erased_at }) }));
  }

  async erase(keyId: string, erasedAt: string): Promise<number[]> {
    const { rows } = await this.pool.query<{ version: number }>(
      `UPDATE ${this.schema}.patient_data_keys SET wrapped_key = NULL, erased_at = $2
       WHERE key_id = $1 AND wrapped_key IS NOT NULL RETURNING version`,
      [keyId, erasedAt],
    );
    if (rows.length > 0) await this.pool.query(`VACUUM ${this.schema}.patient_data_keys`);
    return rows.map((row) => row.version).sort((a, b) => a - b);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
