import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresEventStore, SqliteEventStore } from '@telemed/event-store';
import { describeCalendarLoadConformance } from '../conformance/calendar-load.conformance';
import { eventStoreDbUnderTest } from '../support/eventstoredb/eventstoredb-under-test';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

jest.setTimeout(120_000);

describeCalendarLoadConformance('SqliteEventStore', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'calendar-books-'));
  const store = SqliteEventStore.open(join(directory, 'events.sqlite'));
  return { store, cleanup: async () => { await store.close().catch(() => undefined); rmSync(directory, { recursive: true, force: true }); } };
});

let database: TestDatabase;
let schemaCount = 0;
describe('on PostgreSQL', () => {
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());
  describeCalendarLoadConformance('PostgresEventStore', async () => {
    const store = await PostgresEventStore.connect({ connectionString: database.connectionString, schema: `calendar_${++schemaCount}`, poolSize: 4 });
    return { store, cleanup: () => store.close() };
  });
});

describeCalendarLoadConformance('EventStoreDbEventStore', () => eventStoreDbUnderTest());
