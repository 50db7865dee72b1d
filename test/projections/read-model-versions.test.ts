import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewerSchemaVersion } from '@telemed/event-store/event-store.errors';
import {
  createProjectionSchema,
  PostgresReadModelStore,
  readModelVersions,
  SqliteReadModelStore,
  writeCheckpoint,
  type Projection,
  type ReadModelStore,
} from '@telemed/projections';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

const notes = (version: number): Projection => ({
  name: 'notes',
  version,
  schema: ['CREATE TABLE IF NOT EXISTS notes (id TEXT PRIMARY KEY)'],
  tables: [{ name: 'notes', orderBy: 'id' }],
  eventTypes: [],
  apply: async () => undefined,
});

const workDir = mkdtempSync(join(tmpdir(), 'telemed-read-model-versions-'));
let database: TestDatabase;
let schemas = 0;

const adapters: Array<[string, () => Promise<ReadModelStore>]> = [
  ['SQLite', async () => SqliteReadModelStore.open(join(workDir, `read-models-${++schemas}.sqlite`))],
  ['PostgreSQL', () => PostgresReadModelStore.connect({ connectionString: database.connectionString, schema: `versions_${++schemas}` })],
];

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.drop();
  rmSync(workDir, { recursive: true, force: true });
});

describe.each(adapters)('read-model schema versions in the %s read-model store', (_adapter, open) => {
  let store: ReadModelStore;

  beforeEach(async () => {
    store = await open();
  });

  afterEach(() => store.close());

  it('a store built by this release holds the version of each of its read models', async () => {
    await createProjectionSchema(store, [notes(3)]);
    await store.transaction((tx) => writeCheckpoint(tx, 'read-models', 10n));
    expect(await readModelVersions(store, [notes(3)])).toMatchObject({ stored: { notes: 3 }, current: { notes: 3 }, outdated: [], empty: false });
  });

  it('a store built by an older projection is outdated, and a later schema run never stamps it as current', async () => {
    await createProjectionSchema(store, [notes(1)]);
    await store.transaction((tx) => writeCheckpoint(tx, 'read-models', 10n));
    await createProjectionSchema(store, [notes(2)]);
    expect(await readModelVersions(store, [notes(2)])).toMatchObject({ stored: { notes: 1 }, outdated: ['notes'] });
  });

  it('a projected store that keeps no versions was built before versions were kept: version 0, outdated', async () => {
    await store.transaction(async (tx) => {
      await tx.run('CREATE TABLE IF NOT EXISTS projection_checkpoints (name TEXT PRIMARY KEY, position TEXT NOT NULL, updated_at TEXT NOT NULL)');
      await writeCheckpoint(tx, 'read-models', 4n);
    });
    expect(await readModelVersions(store, [notes(1)])).toMatchObject({ stored: { notes: 0 }, outdated: ['notes'] });
  });

  it('an empty store is not outdated: it is simply filled', async () => {
    expect(await readModelVersions(store, [notes(5)])).toMatchObject({ stored: { notes: 5 }, outdated: [], empty: true });
  });

  it('a store built by a newer release is refused', async () => {
    await createProjectionSchema(store, [notes(4)]);
    await store.transaction((tx) => writeCheckpoint(tx, 'read-models', 10n));
    await expect(readModelVersions(store, [notes(2)])).rejects.toThrow(NewerSchemaVersion);
    await expect(readModelVersions(store, [notes(2)])).rejects.toThrow(/the read model notes has schema version 4; this release knows up to 2/);
  });
});
