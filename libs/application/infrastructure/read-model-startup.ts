import { Logger } from '@nestjs/common';
import type { EventStore } from '@telemed/event-store/event-store.port';
import {
  ALL_PROJECTIONS,
  currentVersions,
  ProjectionRunner,
  readModelVersions,
  rebuildReadModels,
  SwappableReadModelStore,
  type ReadModelStore,
} from '@telemed/projections';
import type { ReadModelProvisioner } from '@telemed/runtime';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What `GET /health/ready` tells of the read models' schemas. */
export interface ReadModelSchemaReport {
  /** The version of each read model being served. */
  serving: Record<string, number>;
  /** The versions of this release; differ from `serving` only while an upgrade is being rebuilt. */
  release: Record<string, number>;
  upgrading: boolean;
  /** Why the read models were rebuilt before serving, when they were. */
  rebuiltAtStart?: string;
  /** Why an upgrade failed, when it did: the older read models keep serving, not advancing. */
  upgradeFailed?: string;
}

/**
 * Read models are derived from the log, so at start-up a damaged one is rebuilt, not trusted, and
 * one built by an older projection is rebuilt beside the serving one and swapped in (blue/green).
 * One built by a newer release is refused (NewerSchemaVersion): the process exits with status 2.
 */
export class ReadModelStartup {
  private readonly logger = new Logger('ReadModels');
  private report: ReadModelSchemaReport;
  private outdated: string[] = [];
  private upgrading?: Promise<void>;

  private constructor(
    private readonly provisioner: ReadModelProvisioner,
    private readonly store: EventStore,
    readonly readModels: SwappableReadModelStore,
    serving: Record<string, number>,
    rebuiltAtStart?: string,
  ) {
    this.report = { serving, release: currentVersions(ALL_PROJECTIONS), upgrading: false, ...(rebuiltAtStart && { rebuiltAtStart }) };
  }

  /** Opens the live read models, rebuilding them first when they are damaged; checks their versions. */
  static async open(provisioner: ReadModelProvisioner, store: EventStore): Promise<ReadModelStartup> {
    const logger = new Logger('ReadModels');
    let live: ReadModelStore | undefined;
    let damage: string | undefined;
    try {
      live = await provisioner.openLive();
      damage = await live.integrityProblem?.();
    } catch (error) {
      damage = messageOf(error);
    }
    if (damage !== undefined) {
      logger.error({ problem: damage }, `the read models are damaged (${damage}); rebuilding them from the log before serving`);
      if (live) await live.close().catch(() => undefined);
      const fresh = await provisioner.createFresh();
      const report = await rebuildReadModels(store, fresh.store, ALL_PROJECTIONS);
      const rebuilt = await fresh.promote();
      await fresh.retire(undefined);
      logger.warn(`read models rebuilt from the log after damage: ${report.eventsApplied} events to position ${report.position}`);
      return new ReadModelStartup(provisioner, store, new SwappableReadModelStore(rebuilt), currentVersions(ALL_PROJECTIONS), `damaged: ${damage}`);
    }
    try {
      const versions = await readModelVersions(live!, ALL_PROJECTIONS);
      const startup = new ReadModelStartup(provisioner, store, new SwappableReadModelStore(live!), versions.stored);
      startup.outdated = versions.outdated;
      return startup;
    } catch (error) {
      await live!.close();
      throw error;
    }
  }

  get schemaReport(): ReadModelSchemaReport {
    return { ...this.report };
  }

  /** True when the serving read models are of an older version and the projections must wait for the upgrade. */
  get needsUpgrade(): boolean {
    return this.outdated.length > 0;
  }

  /**
   * Rebuilds every read model into a fresh store while the older ones keep serving (the runner
   * stays stopped, so nothing projects into tables of the older shape), then swaps the rebuilt
   * store in and starts the runner, which catches up from the rebuilt store's checkpoint.
   */
  startUpgrade(runner: ProjectionRunner): void {
    const { serving, release } = this.report;
    this.logger.warn(
      { outdated: this.outdated, serving, release },
      `read models of an older version (${this.outdated.join(', ')}); rebuilding them beside the serving ones, then swapping`,
    );
    this.report = { ...this.report, upgrading: true };
    this.upgrading = this.upgrade(runner).catch((error) => {
      this.report = { ...this.report, upgrading: false, upgradeFailed: messageOf(error) };
      this.logger.error({ err: error }, 'the read models could not be upgraded; the older ones keep serving without advancing');
    });
  }

  /** Resolves once an upgrade begun at start-up has finished (at once when there was none). */
  async settled(): Promise<void> {
    await this.upgrading;
  }

  private async upgrade(runner: ProjectionRunner): Promise<void> {
    const fresh = await this.provisioner.createFresh();
    let promoted = false;
    try {
      const first = await rebuildReadModels(this.store, fresh.store, ALL_PROJECTIONS);
      // Events written meanwhile: a second pass continues from the fresh store's checkpoint.
      const second = await rebuildReadModels(this.store, fresh.store, ALL_PROJECTIONS);
      const replaced = this.readModels.replace(await fresh.promote());
      promoted = true;
      await fresh.retire(replaced);
      this.report = { ...this.report, serving: this.report.release, upgrading: false };
      this.outdated = [];
      this.logger.warn(`read models upgraded: ${first.eventsApplied + second.eventsApplied} events rebuilt to position ${second.position}, swapped in`);
      await runner.start();
    } finally {
      if (!promoted) await fresh.discard();
    }
  }
}
