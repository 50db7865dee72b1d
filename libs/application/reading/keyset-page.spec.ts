import { SqliteReadModelStore } from '@telemed/projections';
import { encodeCursor } from './cursor';
import { type KeysetQuery, readKeysetPage } from './keyset-page';
import { containsText } from './text-search';

type Row = Record<string, any>;

describe('a list read a page at a time by keyset', () => {
  let db: SqliteReadModelStore;

  beforeAll(async () => {
    db = SqliteReadModelStore.open(':memory:');
    await db.run('CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT NOT NULL)');
    // Two people share a name: the id keeps them apart and in order.
    for (const [id, name] of [['p-4', 'Dilnur'], ['p-2', 'Aynur'], ['p-3', 'Dilnur'], ['p-1', 'Ekber'], ['p-5', '50%_off!']]) {
      await db.run('INSERT INTO people (id, name) VALUES (?, ?)', [id, name]);
    }
  });

  afterAll(() => db.close());

  const query = (overrides: Partial<KeysetQuery> = {}): KeysetQuery => ({
    select: 'SELECT id, name FROM people',
    where: [],
    params: [],
    sortColumn: 'name',
    idColumn: 'id',
    sortKeyOf: (row) => row.name,
    idOf: (row) => row.id,
    direction: 'ascending',
    limit: 2,
    ...overrides,
  });

  async function everyPage(base: Partial<KeysetQuery>): Promise<string[][]> {
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await readKeysetPage<Row>(db, query({ ...base, cursor }));
      pages.push(page.rows.map((row) => row.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return pages;
  }

  it('walks the rows in order of their sort key, then id, each row exactly once', async () => {
    expect(await everyPage({})).toEqual([['p-5', 'p-2'], ['p-3', 'p-4'], ['p-1']]);
  });

  it('walks them backwards when the list is newest or last first', async () => {
    expect(await everyPage({ direction: 'descending' })).toEqual([['p-1', 'p-4'], ['p-3', 'p-2'], ['p-5']]);
  });

  it('answers no next cursor when the page holds the last row', async () => {
    expect(await readKeysetPage(db, query({ limit: 5 }))).toMatchObject({ nextCursor: null });
  });

  it('keeps the filter on every page', async () => {
    expect(await everyPage({ where: ['name = ?'], params: ['Dilnur'], limit: 1 })).toEqual([['p-3'], ['p-4']]);
  });

  it('resumes after a cursor even when the row it names is gone', async () => {
    const page = await readKeysetPage<Row>(db, query({ cursor: encodeCursor({ at: 'Bahar', id: 'p-9' }) }));
    expect(page.rows.map((row) => row.id)).toEqual(['p-3', 'p-4']);
  });

  it('refuses a cursor it did not write as a field error', async () => {
    await expect(readKeysetPage(db, query({ cursor: 'bm90LWEtY3Vyc29y' }))).rejects.toMatchObject({ code: 'invalid-value', fieldErrors: [{ field: 'cursor' }] });
  });
});

describe('a search for a part of a name', () => {
  let db: SqliteReadModelStore;

  beforeAll(async () => {
    db = SqliteReadModelStore.open(':memory:');
    await db.run('CREATE TABLE names (name TEXT NOT NULL)');
    for (const name of ['Dr. Zhang Wei', '50% off', '5_0 Hospital', '喀什地区第二人民医院']) await db.run('INSERT INTO names (name) VALUES (?)', [name]);
  });

  afterAll(() => db.close());

  const find = async (text: string) => {
    const search = containsText('name', text);
    return (await db.all<Row>(`SELECT name FROM names WHERE ${search.condition} ORDER BY name`, [search.param])).map((row) => row.name);
  };

  it('finds a part of the name in any case', async () => {
    expect(await find('zhang')).toEqual(['Dr. Zhang Wei']);
    expect(await find('喀什')).toEqual(['喀什地区第二人民医院']);
  });

  it('takes the searcher’s wildcards literally', async () => {
    expect(await find('%')).toEqual(['50% off']);
    expect(await find('_')).toEqual(['5_0 Hospital']);
    expect(await find('!')).toEqual([]);
  });
});
