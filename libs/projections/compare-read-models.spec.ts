import { compareReadModels } from './compare-read-models';
import type { Projection } from './projection';
import { SqliteReadModelStore } from './sqlite/sqlite-read-model-store';

const attendance: Projection = {
  name: 'attendance',
  version: 1,
  schema: [`CREATE TABLE IF NOT EXISTS attendance (session_id TEXT NOT NULL, staff_id TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (session_id, staff_id))`],
  tables: [{ name: 'attendance', orderBy: 'session_id, staff_id' }],
  eventTypes: [],
  apply: async () => undefined,
};

/** 12,000 rows over a composite key: more than two pages of the comparison. */
const ROWS = Array.from({ length: 12_000 }, (_, index) => [`session-${index % 97}`, `staff-${index}`, `Name ${index}`]);

async function storeWith(rows: string[][]) {
  const store = SqliteReadModelStore.open(':memory:');
  await store.transaction(async (tx) => {
    await tx.run(attendance.schema[0]);
    for (const row of rows) tx.write('INSERT INTO attendance (session_id, staff_id, name) VALUES (?, ?, ?)', row);
  });
  return store;
}

describe('comparing read models', () => {
  it('finds two stores equal whatever order their rows were written in', async () => {
    const [left, right] = await Promise.all([storeWith(ROWS), storeWith([...ROWS].reverse())]);
    expect(await compareReadModels(left, right, [attendance])).toEqual([]);
    await Promise.all([left.close(), right.close()]);
  });

  it('counts the rows each side lacks: a changed row is missing from both, a dropped one from one side', async () => {
    const changed = ROWS.map((row, index) => (index === 11_999 ? [row[0], row[1], 'Renamed'] : row)).slice(1);
    const [left, right] = await Promise.all([storeWith(ROWS), storeWith(changed)]);
    expect(await compareReadModels(left, right, [attendance])).toEqual([{ table: 'attendance', onlyInLeft: 2, onlyInRight: 1 }]);
    await Promise.all([left.close(), right.close()]);
  });
});
