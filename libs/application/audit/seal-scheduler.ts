import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { AccessLog, lastSeal, sealLog, SealSigner } from '@telemed/audit';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { VersionConflict } from '@telemed/event-store/event-store.errors';
import type { AppConfig } from '@telemed/runtime';
import { APP_CONFIG, RAW_EVENT_STORE } from '../infrastructure/tokens';

/** The latest seal, kept outside the store so that a log truncated behind it is detected. */
export function anchorFileOf(dataDir: string): string {
  return join(dataDir, 'audit', 'latest-seal.json');
}

/** The access trail is sealed like the log, with an anchor of its own. */
export function accessAnchorFileOf(dataDir: string): string {
  return join(dataDir, 'audit', 'access-latest-seal.json');
}

const MAX_CHECK_BACKOFF_MS = 60_000;

function ignoreRace(error: unknown): undefined {
  if (error instanceof VersionConflict) return undefined;
  throw error;
}

/**
 * Seals the log periodically: when enough events are unsealed, or when the interval has passed
 * with anything unsealed. Several processes may run it: the seal stream
 * is appended with an expected revision, so at most one of two racing seals is written.
 */
@Injectable()
export class SealScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Audit');
  private timer?: NodeJS.Timeout;
  private sealing?: Promise<unknown>;
  private lastSealAt = Date.now();
  /** Consecutive checks that failed (the store out of reach, the disk full), and when to check next. */
  private failures = 0;
  private nextCheckAt = 0;

  constructor(
    // The log as stored: seals and verification cover the ciphertext of patient data.
    @Inject(RAW_EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly signer: SealSigner,
    private readonly accessLog: AccessLog,
  ) {}

  onApplicationBootstrap(): void {
    const checkEvery = Math.min(this.config.sealIntervalMs, 2000);
    this.timer = setInterval(() => void this.checkAndBackOff(), checkEvery);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sealing;
  }

  /**
   * A timer's work must never reject: that would end the process. A failed check (the database
   * away, the disk full) is logged, and the next waits twice as long, up to a minute.
   */
  private async checkAndBackOff(): Promise<void> {
    if (Date.now() < this.nextCheckAt) return;
    try {
      await this.sealIfDue();
      if (this.failures > 0) this.logger.log(`sealing checks work again after ${this.failures} failed`);
      this.failures = 0;
    } catch (error) {
      this.failures++;
      const retryInMs = Math.min(MAX_CHECK_BACKOFF_MS, 1000 * 2 ** Math.min(this.failures - 1, 6));
      this.nextCheckAt = Date.now() + retryInMs;
      this.logger.warn({ err: error, failures: this.failures, retryInMs }, 'checking whether the log is due for a seal failed; retrying');
    }
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
