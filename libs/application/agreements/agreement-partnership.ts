import { Inject, Injectable } from '@nestjs/common';
import { NotFound } from '@telemed/domain/core';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { ProjectionRunner, type ReadModelStore } from '@telemed/projections';
import type { AppConfig } from '@telemed/runtime';
import { APP_CONFIG, EVENT_STORE, READ_MODELS } from '../infrastructure/tokens';

/**
 * The partnership an agreement belongs to, which names the stream its changes are decided on. An
 * agreement never moves to another partnership, so the read model answers for good once it holds
 * the agreement; an agreement registered a moment ago is waited for, up to the log's head.
 */
@Injectable()
export class AgreementPartnership {
  constructor(
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runner: ProjectionRunner,
  ) {}

  async of(agreementId: string): Promise<string> {
    const known = await this.lookUp(agreementId);
    if (known) return known;
    if (await this.runner.waitFor(await this.store.headPosition(), this.config.readYourWritesTimeoutMs)) {
      const caughtUp = await this.lookUp(agreementId);
      if (caughtUp) return caughtUp;
    }
    throw new NotFound('agreement', agreementId);
  }

  private async lookUp(agreementId: string): Promise<string | undefined> {
    const row = await this.db.get<{ partnership_id: string }>('SELECT partnership_id FROM agreements WHERE id = ?', [agreementId]);
    return row?.partnership_id;
  }
}
