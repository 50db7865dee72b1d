import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_PROJECTIONS, compareReadModels, ProjectionRunner, rebuildReadModels, SqliteReadModelStore } from '@telemed/projections';
import { generateProgrammeLog, type GeneratedProgramme } from './generated-programme';

const indexesOf = async (store: SqliteReadModelStore) =>
  (await store.all<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name`)).map((row) => row.name);

describe('a rebuild into fresh SQLite read models', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'telemed-rebuild-'));
  let programme: GeneratedProgramme;
  let rebuilt: SqliteReadModelStore;
  let projected: SqliteReadModelStore;

  beforeAll(async () => {
    programme = await generateProgrammeLog({ seed: 41, scale: 0.3, months: 6 });
    rebuilt = SqliteReadModelStore.open(join(workDir, 'rebuilt.sqlite'));
    await rebuildReadModels(programme.events, rebuilt, ALL_PROJECTIONS, { batchSize: 700 });
    // The same log as the live runner projects it, batch by batch with every index in place.
    projected = SqliteReadModelStore.open(join(workDir, 'projected.sqlite'));
    const runner = new ProjectionRunner(programme.events, projected, ALL_PROJECTIONS, { batchSize: 300 });
    await runner.start();
    await runner.waitFor(programme.head, 60_000);
    await runner.stop();
  }, 120_000);

  afterAll(async () => {
    await rebuilt?.close();
    await projected?.close();
    await programme?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('holds the rows the live projections hold', async () => {
    expect(await compareReadModels(projected, rebuilt, ALL_PROJECTIONS)).toEqual([]);
  });

  it('ends with every index the live read models have, although it wrote its rows without them', async () => {
    expect(await indexesOf(rebuilt)).toEqual(await indexesOf(projected));
    expect((await indexesOf(rebuilt)).length).toBeGreaterThan(10);
  });
});
