import { Inject, Injectable } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import { LogSeal, readSeals, SealSigner, verifyLog, type VerificationReport } from '@telemed/audit';
import type { EventStore } from '@telemed/event-store/event-store.port';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, EVENT_STORE } from '../infrastructure/tokens';
import { anchorFileOf } from './seal-scheduler';

export function readAnchor(file: string): LogSeal | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LogSeal) : undefined;
}

/** Verifies the integrity chain of the whole log with the public half of the audit key. */
@Injectable()
export class HistoryVerifier {
  private running?: Promise<VerificationReport>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly signer: SealSigner,
  ) {}

  /** Concurrent callers share one run: verification reads the whole log. */
  verify(): Promise<VerificationReport> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(): Promise<VerificationReport> {
    // The anchor first: a seal written after it was read is then simply one more seal in the log.
    const anchor = readAnchor(anchorFileOf(this.config.dataDir));
    const seals = await readSeals(this.store);
    return verifyLog((options) => this.store.readAll(options), { publicKey: this.signer.publicKey, seals, anchor });
  }
}
