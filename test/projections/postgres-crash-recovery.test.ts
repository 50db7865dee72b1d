import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import {
  activityFactsProjection,
  ALL_PROJECTIONS,
  compareReadModels,
  PostgresReadModelStore,
  ProjectionRunner,
  readCheckpoint,
  rebuildReadModels,
  SqliteReadModelStore,
  type Projection,
  type ProjectionBatch,
} from '@telemed/projections';
import { countActivities, type StatsQueryDto } from '@telemed/application/stats/stats.queries';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { generateProgrammeLog, type GeneratedProgramme } from './generated-programme';

/**
 * The activity-facts projection, except that it fails once on the first event it sees at or past
 * `failAt`, as a crash would. When that event comes round again it waits for `resume` first, so the
 * test can look at the committed read models while the retried batch is still uncommitted.
 */
class FailingOnce implements Projection {
  readonly name = activityFactsProjection.name;
  readonly version = activityFactsProjection.version;
  readonly schema = activityFactsProjection.schema;
  readonly tables = activityFactsProjection.tables;
  readonly eventTypes = activityFactsProjection.eventTypes;
  failedAt?: bigint;
  failures = 0;
  private resumed!: () => void;
  private readonly resume = new Promise<void>((resolve) => (this.resumed = resolve));

  constructor(private readonly failAt: bigint) {}

  async apply(event: RecordedEvent, batch: ProjectionBatch): Promise<void> {
    if (this.failedAt === undefined && event.globalPosition >= this.failAt) {
      this.failedAt = event.globalPosition;
      this.failures += 1;
      throw new Error(`projection crashed at position ${event.globalPosition}`);
    }
    if (event.globalPosition === this.failedAt) await this.resume;
    await activityFactsProjection.apply(event, batch);
  }

  continue(): void {
    this.resumed();
  }
}

describe('projecting into PostgreSQL through a crash between batches', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'telemed-pg-crash-'));
  let database: TestDatabase | undefined;
  let programme: GeneratedProgramme | undefined;
  const rebuilt: SqliteReadModelStore[] = [];
  let postgres: PostgresReadModelStore | undefined;
  let runner: ProjectionRunner | undefined;
  let failing: FailingOnce | undefined;

  async function sqliteRebuild(until?: bigint): Promise<SqliteReadModelStore> {
    const store = SqliteReadModelStore.open(join(workDir, `rebuilt-${rebuilt.length}.sqlite`));
    rebuilt.push(store);
    await rebuildReadModels(programme!.events, store, ALL_PROJECTIONS, { until });
    return store;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    programme = await generateProgrammeLog({ seed: 37, scale: 0.6, months: 14 });
  }, 120_000);

  afterAll(async () => {
    // A retry held at the failing event would keep stop() waiting for its batch.
    failing?.continue();
    await runner?.stop();
    await Promise.all([postgres?.close(), programme?.close(), ...rebuilt.map((store) => store.close())]);
    await database?.drop();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('rolls the failed batch back, retries from its checkpoint and ends equal to a clean rebuild, counting nothing twice', async () => {
    const failingOnce = new FailingOnce(programme!.head / 2n);
    failing = failingOnce;
    const projections = ALL_PROJECTIONS.map((projection) => (projection === activityFactsProjection ? failingOnce : projection));
    let crashed!: () => void;
    const crash = new Promise<void>((resolve) => (crashed = resolve));
    const errors: unknown[] = [];
    postgres = await PostgresReadModelStore.connect({ connectionString: database!.connectionString, schema: 'runner' });
    runner = new ProjectionRunner(programme!.events, postgres, projections, {
      // Batches of 200 while catching up too: the retry must start with the batch that failed, so
      // that it holds the failing event and nothing commits while the test looks.
      batchSize: 200,
      catchUpBatchSize: 200,
      retryDelayMs: 10,
      onError: (error) => {
        errors.push(error);
        crashed();
      },
    });
    await runner.start();
    await crash;

    // Committed: whole batches up to the checkpoint, none of the batch that failed, although the
    // other projections had already applied that batch's events up to the failing one.
    const checkpoint = await readCheckpoint(postgres, 'read-models');
    expect(checkpoint).toBeGreaterThan(0n);
    expect(checkpoint + 1n).toBeLessThan(failingOnce.failedAt!);
    expect(await compareReadModels(await sqliteRebuild(checkpoint), postgres, ALL_PROJECTIONS)).toEqual([]);

    failingOnce.continue();
    expect(await runner.waitFor(programme!.head, 30_000)).toBe(true);
    const clean = await sqliteRebuild();
    expect(await readCheckpoint(postgres, 'read-models')).toBe(programme!.head);
    expect(await compareReadModels(clean, postgres, ALL_PROJECTIONS)).toEqual([]);
    const overview = { groupBy: 'month' } as StatsQueryDto;
    expect(await countActivities(postgres, {}, overview)).toStrictEqual(await countActivities(clean, {}, overview));
    expect({ failures: failingOnce.failures, errors: errors.map(String) }).toEqual({
      failures: 1,
      errors: [`Error: projection crashed at position ${failingOnce.failedAt}`],
    });
    expect(runner.failure).toBeUndefined();
  });
});
