import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type BlobStore, requireBlobAddress } from './blob-store.port';

/**
 * Blobs as files under one directory (`<dir>/ab/cd/<address>`, mode 0600), for the embedded
 * backbone. A blob is written to a temporary file, synced, then renamed into place, so a reader
 * never sees a half-written blob and a crash leaves at most a temporary file behind.
 */
export class FileBlobStore implements BlobStore {
  constructor(readonly directory: string) {}

  /** The file a blob is kept in. */
  pathOf(address: string): string {
    requireBlobAddress(address);
    return join(this.directory, address.slice(0, 2), address.slice(2, 4), address);
  }

  async put(content: Buffer): Promise<string> {
    const address = createHash('sha256').update(content).digest('hex');
    const path = this.pathOf(address);
    if (await exists(path)) return address;
    await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
    const temporary = `${path}.${randomBytes(6).toString('hex')}.partial`;
    const file = await open(temporary, 'wx', 0o600);
    try {
      await file.writeFile(content);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
    return address;
  }

  async get(address: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.pathOf(address));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async delete(address: string): Promise<void> {
    await rm(this.pathOf(address), { force: true });
  }

  async close(): Promise<void> {}
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
