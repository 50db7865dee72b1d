import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { type AppConfig, MATERIALS_DIRECTORY } from '@telemed/runtime';
import { APP_CONFIG } from '@telemed/application/infrastructure/tokens';
import type { TestApp } from './test-app';

function filesUnder(directory: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(directory);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function withDatabase<Result>(config: AppConfig, work: (client: Client) => Promise<Result>): Promise<Result> {
  const client = new Client({ connectionString: config.databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The blob store of a test app as it really is, on disk or in PostgreSQL, to count and damage what it holds. */
export function materialBlobsOf(t: TestApp) {
  const config = t.app.get<AppConfig>(APP_CONFIG);
  const directory = join(config.dataDir, MATERIALS_DIRECTORY);
  return {
    async count(): Promise<number> {
      if (config.materials.store === 'files') return filesUnder(directory).length;
      return withDatabase(config, async (client) => Number((await client.query('SELECT count(*) AS n FROM case_material_blobs.blobs')).rows[0].n));
    },
    /** Flips one byte in the middle of the stored (encrypted) bytes of the blob at `address`. */
    async tamper(address: string): Promise<void> {
      if (config.materials.store === 'files') {
        const { writeFileSync, readFileSync } = await import('node:fs');
        const path = filesUnder(directory).find((file) => file.endsWith(address))!;
        const bytes = readFileSync(path);
        bytes[bytes.length >> 1] ^= 0xff;
        writeFileSync(path, bytes);
        return;
      }
      await withDatabase(config, (client) =>
        client.query(
          `UPDATE case_material_blobs.blobs SET content = set_byte(content, length(content) / 2, get_byte(content, length(content) / 2) # 255) WHERE address = $1`,
          [address],
        ),
      );
    },
    /** Every address the store holds. */
    async addresses(): Promise<string[]> {
      if (config.materials.store === 'files') return filesUnder(directory).map((file) => file.split('/').pop()!);
      return withDatabase(config, async (client) => (await client.query('SELECT address FROM case_material_blobs.blobs')).rows.map((row) => row.address));
    },
  };
}
