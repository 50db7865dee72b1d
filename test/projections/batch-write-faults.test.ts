import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import {
  applyProjections,
  createProjectionSchema,
  PostgresReadModelStore,
  ProjectionFailed,
  readCheckpoint,
  readModelTable,
  SqliteReadModelStore,
  writeCheckpoint,
  type Projection,
  type ReadModelStore,
} from '@telemed/projections';
import { networkProjection } from '@telemed/projections/network/network.projection';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

/** Doses given, one row per event; the table itself refuses a negative dose, which no row check foresees. */
const doses = readModelTable(`CREATE TABLE IF NOT EXISTS doses (
  event_id TEXT PRIMARY KEY, hospital_id TEXT NOT NULL, amount BIGINT NOT NULL CHECK (amount >= 0))`);

const dosesProjection: Projection = {
  name: 'doses',
  version: 1,
  schema: [doses.ddl],
  tables: [{ name: 'doses', orderBy: 'event_id' }],
  eventTypes: ['DoseGiven'],
  apply(event, batch) {
    const data = event.data as { hospitalId: string; amount: number };
    batch.rows(doses).insertIfAbsent({ event_id: event.eventId, hospital_id: data.hospitalId, amount: data.amount });
  },
};

const PROJECTIONS = [networkProjection, dosesProjection];

function recorded(position: number, type: string, data: Record<string, unknown>): RecordedEvent {
  return {
    eventId: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
    type,
    schemaVersion: 1,
    data,
    metadata: { actor: { userId: 'spec', role: 'system' }, correlationId: `fault-${position}` },
    streamId: `fault-${position}`,
    streamRevision: 0,
    globalPosition: BigInt(position),
    recordedAt: new Date(Date.UTC(2026, 0, 1) + position * 1000).toISOString(),
  };
}

const hospital = (position: number, id: string, name: string | undefined) =>
  recorded(position, 'HospitalRegistered', {
    hospitalId: id,
    name,
    region: 'Xinjiang',
    timezone: 'Asia/Shanghai',
    workingHours: { start: '09:00', end: '17:00' },
    registeredAt: '2026-01-01T00:00:00Z',
  });

/** One batch as the projection runner applies it: the events, then the checkpoint, in one transaction. */
async function applyBatch(store: ReadModelStore, events: RecordedEvent[]): Promise<unknown> {
  try {
    await store.transaction(async (tx) => {
      await applyProjections(PROJECTIONS, events, tx);
      await writeCheckpoint(tx, 'faults', events[events.length - 1].globalPosition);
    });
    return undefined;
  } catch (error) {
    return error;
  }
}

const count = async (store: ReadModelStore, table: string) => Number((await store.get<{ rows: number }>(`SELECT COUNT(*) AS "rows" FROM ${table}`))!.rows);

describe('a write that fails inside a batch', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'telemed-batch-faults-'));
  let database: TestDatabase | undefined;
  const stores: ReadModelStore[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await database?.drop();
    rmSync(workDir, { recursive: true, force: true });
  });

  const adapters: Record<string, () => Promise<ReadModelStore>> = {
    SQLite: async () => SqliteReadModelStore.open(join(workDir, `read-models-${stores.length}.sqlite`)),
    PostgreSQL: () => PostgresReadModelStore.connect({ connectionString: database!.connectionString, schema: `faults_${stores.length}` }),
  };

  describe.each(Object.keys(adapters))('on %s', (adapter) => {
    let store: ReadModelStore;

    beforeEach(async () => {
      store = await adapters[adapter]();
      stores.push(store);
      await createProjectionSchema(store, PROJECTIONS);
    });

    it('names the event whose row the database refused, and commits nothing of its batch', async () => {
      const refused = recorded(3, 'DoseGiven', { hospitalId: 'h-kashgar', amount: -5 });
      const error = await applyBatch(store, [
        hospital(1, 'h-kashgar', 'Kashgar First People’s Hospital'),
        recorded(2, 'DoseGiven', { hospitalId: 'h-kashgar', amount: 2 }),
        refused,
        recorded(4, 'DoseGiven', { hospitalId: 'h-hotan', amount: 1 }),
      ]);

      expect(error).toBeInstanceOf(ProjectionFailed);
      expect((error as ProjectionFailed).event.eventId).toBe(refused.eventId);
      expect((error as ProjectionFailed).message).toContain(`projection "doses" failed on DoseGiven ${refused.eventId}`);
      expect(await count(store, 'hospitals')).toBe(0);
      expect(await count(store, 'doses')).toBe(0);
      expect(await readCheckpoint(store, 'faults')).toBe(0n);
    });

    it('names the event that left a required column empty, and commits nothing of its batch', async () => {
      const nameless = hospital(2, 'h-hotan', undefined);
      const error = await applyBatch(store, [hospital(1, 'h-kashgar', 'Kashgar First People’s Hospital'), nameless, hospital(3, 'h-aksu', 'Aksu Hospital')]);

      expect(error).toBeInstanceOf(ProjectionFailed);
      expect((error as ProjectionFailed).event.eventId).toBe(nameless.eventId);
      expect((error as ProjectionFailed).message).toContain('hospitals.name must have a value');
      expect(await count(store, 'hospitals')).toBe(0);
      expect(await readCheckpoint(store, 'faults')).toBe(0n);
    });

    it('leaves the store usable: the same batch without the bad event commits whole', async () => {
      await applyBatch(store, [hospital(1, 'h-kashgar', 'Kashgar'), recorded(2, 'DoseGiven', { hospitalId: 'h-kashgar', amount: -1 })]);
      expect(await applyBatch(store, [hospital(1, 'h-kashgar', 'Kashgar'), recorded(2, 'DoseGiven', { hospitalId: 'h-kashgar', amount: 1 })])).toBeUndefined();

      expect(await count(store, 'hospitals')).toBe(1);
      expect(await count(store, 'doses')).toBe(1);
      expect(await readCheckpoint(store, 'faults')).toBe(2n);
    });
  });
});
