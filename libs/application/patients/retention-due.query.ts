import { Inject } from '@nestjs/common';
import { Query, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { PatientDataCipher } from '@telemed/event-store/encryption';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { ProjectionRunner, type ReadModelStore } from '@telemed/projections';
import type { AppConfig } from '@telemed/runtime';
import { APP_CONFIG, Clock, EVENT_STORE, READ_MODELS } from '../infrastructure/tokens';
import { readModelsCaughtUp } from './read-models-caught-up';
import { patientsPastRetention, type RetentionDue } from './retention-due';

export class ListRetentionDue extends Query<{ retentionYears: number; asOf: string; items: RetentionDue[] }> {}

/** The patients past retention and not on hold, as of now, from read models that hold the whole log. */
@QueryHandler(ListRetentionDue)
export class ListRetentionDueHandler implements IQueryHandler<ListRetentionDue, { retentionYears: number; asOf: string; items: RetentionDue[] }> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODELS) private readonly readModels: ReadModelStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cipher: PatientDataCipher,
    private readonly runner: ProjectionRunner,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<{ retentionYears: number; asOf: string; items: RetentionDue[] }> {
    await readModelsCaughtUp(this.runner, await this.store.headPosition());
    const retentionYears = this.config.patientData.retentionYears;
    const asOf = this.clock.now();
    const items = await patientsPastRetention({ readModels: this.readModels, store: this.store, cipher: this.cipher, retentionYears, now: asOf });
    return { retentionYears, asOf, items };
  }
}
