import type { Pool } from 'pg';
import { createHash } from 'node:crypto';
import { resilientPool } from '../postgres/resilient-pool';
import { type BlobStore, requireBlobAddress } from './blob-store.port';

/**
 * Blobs in a PostgreSQL table (`bytea`), shared by every API process of a deployment and kept,
 * backed up and restored with the log it belongs to. Files are bounded by the upload limit, so
 * one value per blob is read and written whole.
 */
export class PostgresBlobStore implements BlobStore {
  private constructor(
    private readonly pool: Pool,
    private readonly table: string,
  ) {}

  static async connect(options: { connectionString: string; schema?: string }): Promise<PostgresBlobStore> {
    const schema = options.schema ?? 'case_material_blobs';
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
    const pool = resilientPool({ connectionString: options.connectionString, max: 4 });
    await pool.query(`SELECT pg_advisory_lock(hashtext('telemed.case_material_blobs.migrate'))`);
    try {
      await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      // Stored as given: the bytes are already encrypted, so compressing them would gain nothing.
      await pool.query(`CREATE TABLE IF NOT EXISTS ${schema}.blobs (
        address TEXT PRIMARY KEY, content BYTEA NOT NULL, size BIGINT NOT NULL, stored_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
      await pool.query(`ALTER TABLE ${schema}.blobs ALTER COLUMN content SET STORAGE EXTERNAL`);
    } finally {
      await pool.query(`SELECT pg_advisory_unlock(hashtext('telemed.case_material_blobs.migrate'))`);
    }
    return new PostgresBlobStore(pool, `${schema}.blobs`);
  }

  async put(content: Buffer): Promise<string> {
    const address = createHash('sha256').update(content).digest('hex');
    await this.pool.query(`INSERT INTO ${this.table} (address, content, size) VALUES ($1, $2, $3) ON CONFLICT (address) DO NOTHING`, [
      address,
      content,
      content.length,
    ]);
    return address;
  }

  async get(address: string): Promise<Buffer | undefined> {
    const { rows } = await this.pool.query<{ content: Buffer }>(`SELECT content FROM ${this.table} WHERE address = $1`, [requireBlobAddress(address)]);
    return rows[0]?.content;
  }

  async delete(address: string): Promise<void> {
    await this.pool.query(`DELETE FROM ${this.table} WHERE address = $1`, [requireBlobAddress(address)]);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
