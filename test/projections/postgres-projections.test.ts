import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ALL_PROJECTIONS,
  compareReadModels,
  PostgresReadModelStore,
  rebuildReadModels,
  SqliteReadModelStore,
  type ReadModelStore,
} from '@telemed/projections';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { generateProgrammeLog, readEvents, type GeneratedProgramme } from './generated-programme';
import { specHistories } from './projection-spec-histories';
import { DELIVERIES, openTestbed } from './read-model-testbed';

type Row = Record<string, any>;

describe('read models on PostgreSQL', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'telemed-pg-projections-'));
  let database: TestDatabase | undefined;
  const stores: ReadModelStore[] = [];
  let schemas = 0;

  /** A store in a schema of its own in the throw-away database. */
  async function postgresStore(): Promise<PostgresReadModelStore> {
    const store = await PostgresReadModelStore.connect({ connectionString: database!.connectionString, schema: `read_models_${++schemas}` });
    stores.push(store);
    return store;
  }

  function sqliteStore(): SqliteReadModelStore {
    const store = SqliteReadModelStore.open(join(workDir, `read-models-${stores.length}.sqlite`));
    stores.push(store);
    return store;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await database?.drop();
    rmSync(workDir, { recursive: true, force: true });
  });

  describe('for a programme the application generated', () => {
    let programme: GeneratedProgramme;
    let sqlite: SqliteReadModelStore;
    let postgres: PostgresReadModelStore;
    let eventsApplied: number;

    beforeAll(async () => {
      programme = await generateProgrammeLog({ seed: 29, scale: 0.8, months: 14 });
      sqlite = sqliteStore();
      postgres = await postgresStore();
      await rebuildReadModels(programme.events, sqlite, ALL_PROJECTIONS);
      ({ eventsApplied } = await rebuildReadModels(programme.events, postgres, ALL_PROJECTIONS));
    }, 120_000);

    afterAll(() => programme?.close());

    it('holds exactly the rows the SQLite read models hold, in every table of every projection', async () => {
      expect(eventsApplied).toBeGreaterThan(1000);
      for (const { name } of ALL_PROJECTIONS.flatMap((projection) => projection.tables)) {
        const count = await postgres.get<Row>(`SELECT COUNT(*) AS n FROM ${name}`);
        expect({ table: name, empty: count!.n === 0 }).toEqual({ table: name, empty: false });
      }
      expect(await compareReadModels(sqlite, postgres, ALL_PROJECTIONS)).toEqual([]);
    });

    it('answers counts, sums and positions as numbers, as SQLite does', async () => {
      const consultation = await postgres.get<Row>('SELECT reschedule_count, last_position FROM consultations ORDER BY last_position DESC');
      const facts = await postgres.get<Row>('SELECT COUNT(*) AS n, SUM(amount) AS total FROM activity_facts');
      expect(consultation).toEqual(await sqlite.get<Row>('SELECT reschedule_count, last_position FROM consultations ORDER BY last_position DESC'));
      expect(typeof consultation!.last_position).toBe('number');
      expect(facts).toEqual(await sqlite.get<Row>('SELECT COUNT(*) AS n, SUM(amount) AS total FROM activity_facts'));
      expect(typeof facts!.total).toBe('number');
    });

    it('records the checkpoint at the head of the log', async () => {
      const checkpoint = await postgres.get<Row>(`SELECT position FROM projection_checkpoints WHERE name = 'read-models'`);
      expect(checkpoint!.position).toBe(programme.head.toString());
    });

    it('ends with the same tables as SQLite, and as a clean rebuild, when the log arrives in overlapping batches', async () => {
      const eventTypes = [...new Set(ALL_PROJECTIONS.flatMap((projection) => [...projection.eventTypes]))];
      const events = await readEvents(programme.events, eventTypes);
      const batches = [];
      for (let index = 0; index < events.length; index += 150) batches.push(events.slice(Math.max(0, index - 40), index + 150));
      const redelivered = [await openTestbed(sqliteStore(), ALL_PROJECTIONS), await openTestbed(await postgresStore(), ALL_PROJECTIONS)];
      for (const testbed of redelivered) {
        for (const batch of batches) await testbed.apply(batch);
      }

      expect(await compareReadModels(redelivered[0].readModels, redelivered[1].readModels, ALL_PROJECTIONS)).toEqual([]);
      expect(await compareReadModels(sqlite, redelivered[1].readModels, ALL_PROJECTIONS)).toEqual([]);
    });
  });

  describe.each(specHistories())("for the history of the $name projection spec", ({ projections, events }) => {
    it.each(Object.keys(DELIVERIES))('holds the rows SQLite holds when events arrive %s', async (delivery) => {
      const [onSqlite, onPostgres] = [await openTestbed(sqliteStore(), projections), await openTestbed(await postgresStore(), projections)];
      for (const batch of DELIVERIES[delivery](events)) {
        await onSqlite.apply(batch);
        await onPostgres.apply(batch);
      }
      expect(await compareReadModels(onSqlite.readModels, onPostgres.readModels, projections)).toEqual([]);
      const rebuilt = await openTestbed(sqliteStore(), projections);
      await rebuilt.apply(events);
      expect(await compareReadModels(rebuilt.readModels, onPostgres.readModels, projections)).toEqual([]);
    });
  });
});
