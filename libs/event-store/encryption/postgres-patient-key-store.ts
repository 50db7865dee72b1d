import { Pool } from 'pg';
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
    const pool = new Pool({ connectionString: options.connectionString, max: 4 });
    // An idle connection the server ends (a restart, a failover) is replaced; unheard, it would end the process.
    pool.on('error', () => undefined);
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

  async activeKey(keyId: string, wrapNew: (version: number) => Buffer, createdAt: string): Promise<StoredDataKey> {
    const existing = await this.pool.query<KeyRow>(
      `SELECT * FROM ${this.schema}.patient_data_keys WHERE key_id = $1 AND wrapped_key IS NOT NULL ORDER BY version DESC LIMIT 1`,
      [keyId],
    );
    if (existing.rows[0]) return storedKey(existing.rows[0]);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // Serialises writers of one patient's key, so two processes racing get the same key.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`telemed.patient_key:${keyId}`]);
      const active = await client.query<KeyRow>(
        `SELECT * FROM ${this.schema}.patient_data_keys WHERE key_id = $1 AND wrapped_key IS NOT NULL ORDER BY version DESC LIMIT 1`,
        [keyId],
      );
      let row = active.rows[0];
      if (!row) {
        const latest = await client.query<{ latest: number | null }>(
          `SELECT MAX(version) AS latest FROM ${this.schema}.patient_data_keys WHERE key_id = $1`,
          [keyId],
        );
        const version = (latest.rows[0].latest ?? 0) + 1;
        row = { key_id: keyId, version, wrapped_key: wrapNew(version), created_at: createdAt, erased_at: null };
        await client.query(`INSERT INTO ${this.schema}.patient_data_keys (key_id, version, wrapped_key, created_at) VALUES ($1, $2, $3, $4)`, [
          keyId,
          version,
          row.wrapped_key,
          createdAt,
        ]);
      }
      await client.query('COMMIT');
      return storedKey(row);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
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
