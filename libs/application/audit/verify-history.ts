import { Inject, Injectable } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import { AccessLog, LogSeal, readSeals, SealSigner, verifyLog, type VerificationReport } from '@telemed/audit';
import type { EventStore } from '@telemed/event-store/event-store.port';
import type { AppConfig } from '@telemed/runtime';
import { APP_CONFIG, RAW_EVENT_STORE } from '../infrastructure/tokens';
import { accessAnchorFileOf, anchorFileOf } from './seal-scheduler';

export function readAnchor(file: string): LogSeal | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LogSeal) : undefined;
}

/** The log's report, with the access trail's own report beside it. */
export interface HistoryReport extends VerificationReport {
  accessTrail: VerificationReport;
}

/** Verifies the integrity chain of the whole log with the public half of the audit key. */
@Injectable()
export class HistoryVerifier {
  private running?: Promise<HistoryReport>;

  constructor(
    // The log as stored: seals and verification cover the ciphertext of patient data.
    @Inject(RAW_EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly signer: SealSigner,
    private readonly accessLog: AccessLog,
  ) {}

  /** Concurrent callers share one run: verification reads the whole log. */
  verify(): Promise<HistoryReport> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(): Promise<HistoryReport> {
    const log = await this.check(this.store, anchorFileOf(this.config.dataDir));
    const accessTrail = await this.check(this.accessLog.store, accessAnchorFileOf(this.config.dataDir));
    return { ...log, accessTrail };
  }

  private async check(store: EventStore, anchorFile: string): Promise<VerificationReport> {
    // The anchor first: a seal written after it was read is then simply one more seal in the log.
    const anchor = readAnchor(anchorFile);
    const seals = await readSeals(store);
    return verifyLog((options) => store.readAll(options), { publicKey: this.signer.publicKey, seals, anchor });
  }
}
