import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventStore } from '@telemed/event-store/event-store.port';
import {
  ALL_PROJECTIONS,
  compareReadModels,
  ProjectionRunner,
  rebuildReadModels,
  SwappableReadModelStore,
  type TableDifference,
} from '@telemed/projections';
import { DomainError } from '@telemed/domain/core';
import type { ReadModelProvisioner } from '@telemed/runtime';
import { EVENT_STORE, READ_MODEL_PROVISIONER, READ_MODELS } from '../infrastructure/tokens';

export interface RebuildReport {
  /** True when the rebuilt read models equal the live ones, table by table, row by row. */
  equal: boolean;
  differences: TableDifference[];
  position: string;
  eventsApplied: number;
  seconds: number;
  eventsPerSecond: number;
  swapped: boolean;
}

class RebuildInProgress extends DomainError {
  constructor() {
    super('conflict', 'rebuild-in-progress', 'a rebuild of the read models is already running');
  }
}

/**
 * Rebuilds every read model from position 0 into fresh tables while the live ones keep serving,
 * then pauses the live projections for as long as it takes to bring both to the same position,
 * compares them, and (when asked) swaps the rebuilt ones in. Writes never stop: events appended
 * meanwhile wait in the log and are projected when the runner resumes.
 */
@Injectable()
export class ReadModelRebuilder {
  private readonly logger = new Logger('Rebuild');
  private running = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODELS) private readonly readModels: SwappableReadModelStore,
    @Inject(READ_MODEL_PROVISIONER) private readonly provisioner: ReadModelProvisioner,
    private readonly runner: ProjectionRunner,
  ) {}

  async rebuild(options: { swap: boolean }): Promise<RebuildReport> {
    if (this.running) throw new RebuildInProgress();
    this.running = true;
    const started = performance.now();
    const fresh = await this.provisioner.createFresh();
    let promoted = false;
    try {
      const first = await rebuildReadModels(this.store, fresh.store, ALL_PROJECTIONS);
      await this.runner.stop();
      let eventsApplied = first.eventsApplied;
      try {
        if (this.runner.position < first.position) {
          await this.runner.start();
          await this.runner.waitFor(first.position, 60_000);
          await this.runner.stop();
        }
        const position = this.runner.position;
        eventsApplied += (await rebuildReadModels(this.store, fresh.store, ALL_PROJECTIONS, { until: position })).eventsApplied;
        const differences = await compareReadModels(this.readModels.live, fresh.store, ALL_PROJECTIONS);
        if (options.swap) {
          const replaced = this.readModels.replace(await fresh.promote());
          promoted = true;
          await fresh.retire(replaced);
        }
        const seconds = (performance.now() - started) / 1000;
        this.logger.log(`rebuilt ${eventsApplied} events to position ${position} in ${seconds.toFixed(2)} s; equal: ${differences.length === 0}`);
        return {
          equal: differences.length === 0,
          differences,
          position: position.toString(),
          eventsApplied,
          seconds: Number(seconds.toFixed(3)),
          eventsPerSecond: Math.round(eventsApplied / Math.max(seconds, 0.001)),
          swapped: promoted,
        };
      } finally {
        await this.runner.start();
      }
    } finally {
      if (!promoted) await fresh.discard();
      this.running = false;
    }
  }
}
