import { Inject, Injectable } from '@nestjs/common';
import { statfs } from 'node:fs/promises';
import type { StoreFailureKind } from '@telemed/event-store/store-failures';
import type { AppConfig } from '@telemed/runtime';
import { APP_CONFIG } from './tokens';

/** Space that must come back before a store that ran out is tried again: a few appends' worth is not enough. */
const SPACE_TO_RECOVER_BYTES = 1024 * 1024;

export interface Writability {
  writable: boolean;
  detail?: string;
}

/**
 * Remembers that a write failed for want of storage, so that readiness says the event store is not
 * writable while reads go on being served. It is writable again as soon as a write succeeds, or once
 * the data directory has gained space since the failure (a load balancer sends no writes to a
 * process that is not ready, so waiting for a write alone could wait for ever).
 */
@Injectable()
export class StorageHealth {
  private full?: { since: string; freeBytes: number | undefined; error: string };

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async recordFailure(kind: StoreFailureKind, error: unknown): Promise<void> {
    if (kind !== 'full' || this.full) return;
    this.full = { since: new Date().toISOString(), freeBytes: await this.freeBytes(), error: error instanceof Error ? error.message : String(error) };
  }

  recordWritten(): void {
    this.full = undefined;
  }

  async writability(): Promise<Writability> {
    const full = this.full;
    if (!full) return { writable: true };
    const freeNow = await this.freeBytes();
    if (full.freeBytes !== undefined && freeNow !== undefined && freeNow >= full.freeBytes + SPACE_TO_RECOVER_BYTES) {
      this.full = undefined;
      return { writable: true };
    }
    return { writable: false, detail: `not writable since ${full.since}: ${full.error}` };
  }

  /** Free bytes under the data directory, where the embedded stores live; undefined where it cannot be told. */
  private async freeBytes(): Promise<number | undefined> {
    try {
      const stats = await statfs(this.config.dataDir);
      return stats.bavail * stats.bsize;
    } catch {
      return undefined;
    }
  }
}
