import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { type CommandOutcome, executeCommand } from './execute-command';
import { StreamStateCache } from './stream-state-cache';
import type { UnitOfWork } from './unit-of-work';
import { ApiMetrics } from '../observability/api-metrics';
import { StorageHealth } from '../infrastructure/storage-health';
import { EVENT_STORE } from '../infrastructure/tokens';

/** What every command answers: the id it acted on and the log position of its last event. */
export interface CommandResponse {
  id: string;
  position: string;
}

/** The network's streams (agreements among them): read by most commands, written by few, and free of patient data. */
const NETWORK_STREAM = /^(hospital|partnership|agreements|expert)-/;

@Injectable()
export class CommandExecutor {
  private readonly cache = new StreamStateCache((streamId) => NETWORK_STREAM.test(streamId));

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() private readonly metrics?: ApiMetrics,
    @Optional() private readonly storage?: StorageHealth,
  ) {}

  async run<Result>(metadata: EventMetadata, work: (unitOfWork: UnitOfWork) => Promise<Result>): Promise<CommandOutcome<Result>> {
    const outcome = await executeCommand(this.store, metadata, work, { cache: this.cache });
    this.metrics?.eventsAppended.inc(outcome.eventCount);
    if (outcome.eventCount > 0) this.storage?.recordWritten();
    return outcome;
  }

  /** Runs a command about one entity and answers `{id, position}`. */
  async runFor(id: string, metadata: EventMetadata, work: (unitOfWork: UnitOfWork) => Promise<unknown>): Promise<CommandResponse> {
    const outcome = await this.run(metadata, work);
    return { id, position: outcome.position.toString() };
  }
}
