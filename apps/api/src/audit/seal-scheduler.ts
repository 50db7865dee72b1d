import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { AccessLog, lastSeal, sealLog, SealSigner } from '@telemed/audit';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { VersionConflict } from '@telemed/event-store/event-store.errors';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, RAW_EVENT_STORE } from '../infrastructure/tokens';

/** The latest seal, kept outside the store so that a log truncated behind it is detected. */
export function anchorFileOf(dataDir: string): string {
  return join(dataDir, 'audit', 'latest-seal.json');
}

/** The access trail is sealed like the log, with an anchor of its own. */
export function accessAnchorFileOf(dataDir: string): string {
  return join(dataDir, 'audit', 'access-latest-seal.json');
}

/**
 * Seals the log periodically: when enough events are unsealed, or when the interval has passed
 * with anything unsealed. Several processes may run it: the seal stream
 * is appended with an expected revision, so at most one of two racing seals is written.
 */
function ignoreRace(error: unknown): undefined {
  if (error instanceof VersionConflict) return undefined;
  throw error;
}

@Injectable()
export class SealScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Audit');
  private timer?: NodeJS.Timeout;
  private sealing?: Promise<unknown>;
  private lastSealAt = Date.now();

  constructor(
    // The log as stored: seals and verification cover the ciphertext of patient data.
    @Inject(RAW_EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly signer: SealSigner,
    private readonly accessLog: AccessLog,
  ) {}

  onApplicationBootstrap(): void {
    const checkEvery = Math.min(this.config.sealIntervalMs, 2000);
    this.timer = setInterval(() => void this.sealIfDue(), checkEvery);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sealing;
  }

  private async sealIfDue(): Promise<void> {
    if (this.sealing) return;
    const sealedUpTo = BigInt((await lastSeal(this.store))?.seal.toPosition ?? '0');
    // Counted, not subtracted: positions are byte offsets on EventStoreDB. The first event after the
    // last seal is that seal itself.
    const { events } = await this.store.readAll({ after: sealedUpTo, maxCount: this.config.sealEveryEvents + 1 });
    const unsealed = BigInt(events.length);
    const intervalPassed = Date.now() - this.lastSealAt >= this.config.sealIntervalMs;
    if (unsealed >= BigInt(this.config.sealEveryEvents) || (intervalPassed && unsealed > 1n)) {
      await this.sealNow().catch((error: unknown) => this.logger.error(`sealing the log failed: ${String(error)}`));
    }
  }

  /** Seals everything written so far; answers the new seal's sequence, if one was needed. */
  async sealNow(): Promise<number | undefined> {
    while (this.sealing) await this.sealing;
    // Seals are facts about the system, stamped with the wall clock, not a business clock.
    const now = new Date().toISOString();
    const run = Promise.all([
      sealLog(this.store, this.signer, { now, anchorFile: anchorFileOf(this.config.dataDir) }),
      sealLog(this.accessLog.store, this.signer, { now, anchorFile: accessAnchorFileOf(this.config.dataDir) }).catch(ignoreRace),
    ]).then(([seal]) => seal).then(
      (seal) => {
        this.lastSealAt = Date.now();
        return seal?.sequence;
      },
      (error: unknown) => {
        if (error instanceof VersionConflict) return undefined; // another process sealed first
        throw error;
      },
    );
    this.sealing = run;
    try {
      return await run;
    } finally {
      this.sealing = undefined;
    }
  }
}
