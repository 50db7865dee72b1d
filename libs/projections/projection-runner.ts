import type { EventStore, Subscription } from '@telemed/event-store/event-store.port';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { PositionWaiters } from '@telemed/event-store/position-waiters';
import { READ_MODEL_VERSIONS_SCHEMA, stampReadModelVersions } from './read-model-versions';
import type { Projection } from './projection';
import type { ReadModelStore, SqlExecutor } from './read-model-store';
import { ProjectionBatch } from './rows/projection-batch';
import { CHECKPOINT_SCHEMA, claimCheckpoint, READ_MODELS_CHECKPOINT, readCheckpoint, writeCheckpoint } from './checkpoints';

export interface ProjectionRunnerOptions {
  /** Name of the checkpoint row; one runner owns one checkpoint. */
  name?: string;
  /** Events per transaction when live (default 500) ... */
  batchSize?: number;
  /**
   * ... and while catching up (default 2,000): fewer, larger transactions then cost the server
   * and this process less per event, at the price of a longer wait for the first batch.
   */
  catchUpBatchSize?: number;
  /** Wait before resubscribing after a failure; doubled with each failure in a row, up to `maxRetryDelayMs`. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  onError?: (error: unknown) => void;
}

const DEFAULT_BATCH_SIZE = 500;
const DEFAULT_CATCH_UP_BATCH_SIZE = 2000;

/** Which of the projections apply each event type, in their order. */
const routesByProjections = new WeakMap<readonly Projection[], Map<string, Projection[]>>();

/** The projections, of those given, that apply events of `type`, in their order. */
export function projectionsFor(projections: readonly Projection[], type: string): readonly Projection[] {
  return projectionsByType(projections).get(type) ?? [];
}

function projectionsByType(projections: readonly Projection[]): Map<string, Projection[]> {
  let routes = routesByProjections.get(projections);
  if (!routes) {
    routes = new Map();
    for (const projection of projections) {
      for (const type of projection.eventTypes) routes.set(type, [...(routes.get(type) ?? []), projection]);
    }
    routesByProjections.set(projections, routes);
  }
  return routes;
}

/**
 * Folds `events` into the rows they change and writes each changed row once. A projection that
 * throws on an event fails the whole call with its error; a row its table or the database refuses,
 * with a ProjectionFailed naming the event that made it. The caller's transaction then commits
 * nothing of the batch.
 */
export async function applyProjections(projections: readonly Projection[], events: readonly RecordedEvent[], tx: SqlExecutor): Promise<void> {
  const batch = new ProjectionBatch(tx);
  await prefetchRows(projections, events, batch);
  for (const event of events) await applyToBatch(projections, event, batch);
  await batch.write();
}

/** Each projection's prefetch, with the events of its types; a row two of them read is kept once. */
export async function prefetchRows(projections: readonly Projection[], events: readonly RecordedEvent[], batch: ProjectionBatch): Promise<void> {
  const ofProjection = new Map<Projection, RecordedEvent[]>();
  for (const event of events) {
    for (const projection of projectionsFor(projections, event.type)) {
      if (!projection.prefetch) continue;
      let own = ofProjection.get(projection);
      if (!own) ofProjection.set(projection, (own = []));
      own.push(event);
    }
  }
  // Sent together: on PostgreSQL the reads go out on the transaction's connection without waiting for each other.
  await Promise.all([...ofProjection].map(([projection, own]) => projection.prefetch!(own, batch)));
}

/**
 * Applies one event to the batch. A projection's own error is thrown as it is; `batch.author` then
 * still says which event and projection it came from. A row it made that its table refuses is a
 * ProjectionFailed naming them.
 */
export async function applyToBatch(
  projections: readonly Projection[],
  event: RecordedEvent,
  batch: ProjectionBatch,
  around?: (projection: Projection, fold: () => Promise<void>) => Promise<void>,
): Promise<void> {
  for (const projection of projectionsFor(projections, event.type)) {
    batch.author = { event, projection: projection.name };
    const fold = async () => void (await projection.apply(event, batch));
    await (around ? around(projection, fold) : fold());
  }
  batch.author = undefined;
}

const isIndex = (statement: string) => /^\s*CREATE\s+(UNIQUE\s+)?INDEX/i.test(statement);

/**
 * Creates the projections' tables and, unless `withIndexes` is false, their secondary indexes
 * (a rebuild adds those once it has caught up: building an index over sorted keys at the end is
 * much cheaper than keeping it up to date row by row).
 */
export async function createProjectionSchema(store: ReadModelStore, projections: readonly Projection[], { withIndexes = true } = {}) {
  await store.transaction(async (tx) => {
    for (const statement of [...CHECKPOINT_SCHEMA, ...READ_MODEL_VERSIONS_SCHEMA, ...projections.flatMap((projection) => projection.schema)]) {
      if (withIndexes || !isIndex(statement)) await tx.run(statement);
    }
    await stampReadModelVersions(tx, projections);
  });
}

/**
 * Keeps read models up to date from the log: each batch of events and the checkpoint that follows
 * it are written in one transaction, so a crash at any point neither loses nor double-counts.
 */
export class ProjectionRunner {
  private subscription?: Subscription;
  private stopped = false;
  private processed = 0n;
  private lastError?: unknown;
  private failuresInARow = 0;
  private readonly waiters = new PositionWaiters();
  private readonly name: string;

  constructor(
    private readonly store: EventStore,
    private readonly readModels: ReadModelStore,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.name = options.name ?? READ_MODELS_CHECKPOINT;
  }

  /** Position up to which every event has been applied. */
  get position(): bigint {
    return this.processed;
  }

  get failure(): unknown {
    return this.lastError;
  }

  async start(): Promise<void> {
    await createProjectionSchema(this.readModels, this.projections);
    this.processed = await readCheckpoint(this.readModels, this.name);
    this.stopped = false;
    this.subscribe();
  }

  private subscribe(): void {
    const eventTypes = [...new Set(this.projections.flatMap((projection) => [...projection.eventTypes]))];
    const subscription = this.store.subscribeToAll(
      {
        after: this.processed,
        filter: { eventTypes },
        batchSize: this.options.batchSize ?? DEFAULT_BATCH_SIZE,
        catchUpBatchSize: this.options.catchUpBatchSize ?? Math.max(DEFAULT_CATCH_UP_BATCH_SIZE, this.options.batchSize ?? 0),
      },
      (events, scannedUpTo) => this.handle(events, scannedUpTo),
    );
    this.subscription = subscription;
    subscription.done.then(
      () => undefined,
      (error: unknown) => {
        this.lastError = error;
        this.failuresInARow++;
        this.options.onError?.(error);
        this.resubscribeLater();
      },
    );
  }

  /** From the position last committed, after a back-off: the store or the read models may be out of reach for a while. */
  private resubscribeLater(): void {
    if (this.stopped) return;
    const first = this.options.retryDelayMs ?? 1000;
    const delay = Math.min(this.options.maxRetryDelayMs ?? 2000, first * 2 ** Math.min(this.failuresInARow - 1, 10));
    setTimeout(() => {
      if (this.stopped) return;
      try {
        this.subscribe();
      } catch (error) {
        this.lastError = error;
        this.failuresInARow++;
        this.options.onError?.(error);
        this.resubscribeLater();
      }
    }, delay).unref();
  }

  private async handle(events: RecordedEvent[], scannedUpTo: bigint): Promise<void> {
    const reached = await this.readModels.transaction(async (tx) => {
      const committed = await claimCheckpoint(tx, this.name);
      if (committed >= scannedUpTo) return committed;
      await applyProjections(this.projections, events.filter((event) => event.globalPosition > committed), tx);
      await writeCheckpoint(tx, this.name, scannedUpTo);
      return scannedUpTo;
    });
    this.processed = reached;
    this.lastError = undefined;
    this.failuresInARow = 0;
    this.waiters.reached(reached);
  }

  /** Resolves true once every event up to `position` is applied, false after `timeoutMs`. */
  waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    return this.waiters.waitFor(this.processed, position, timeoutMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.subscription?.stop();
  }
}
