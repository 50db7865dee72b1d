import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import type { RecordedEvent } from '../event-envelope';
import { UpcasterRegistry } from './upcaster-registry';
import { UpcastingEventStore } from './upcasting-event-store';

const withTitle = new UpcasterRegistry([
  { eventType: 'ExpertRegistered', fromVersion: 1, upcast: (data) => ({ title: 'attending-physician', ...(data as object) }) },
]);

function appendStored(store: SqliteEventStore, schemaVersion: number, data: object) {
  return store.appendToStream('expert-1', [{ eventId: randomUUID(), type: 'ExpertRegistered', schemaVersion, data, metadata: { actor: { userId: 'u-1', role: 'coordinator' }, correlationId: randomUUID() } }], 'any');
}

describe('the upcasting event store', () => {
  let inner: SqliteEventStore;
  let store: UpcastingEventStore;

  beforeEach(async () => {
    inner = SqliteEventStore.open(':memory:');
    store = new UpcastingEventStore(inner, withTitle);
    await appendStored(inner, 1, { name: 'Dr. Li Na' });
  });

  afterEach(() => store.close());

  it('stream reads, log reads and subscriptions pass stored events through the upcasters', async () => {
    const expected = { schemaVersion: 2, data: { name: 'Dr. Li Na', title: 'attending-physician' } };
    expect((await store.readStream('expert-1'))[0]).toMatchObject(expected);
    expect((await store.readAll({ after: 0n })).events[0]).toMatchObject(expected);
    const delivered: RecordedEvent[] = [];
    const subscription = store.subscribeToAll({ after: 0n }, async (events) => {
      delivered.push(...events);
      void subscription.stop();
    });
    await subscription.done;
    expect(delivered[0]).toMatchObject(expected);
  });

  it('what is stored is never rewritten', async () => {
    expect((await inner.readStream('expert-1'))[0]).toMatchObject({ schemaVersion: 1, data: { name: 'Dr. Li Na' } });
  });

  it('appends are stored at the current version of their type', async () => {
    await store.appendToStream('expert-1', [{ eventId: randomUUID(), type: 'ExpertRegistered', schemaVersion: 1, data: { name: 'Dr. Zhang Wei', title: 'chief-physician' }, metadata: { actor: { userId: 'u-1', role: 'coordinator' }, correlationId: randomUUID() } }], 'any');
    const [, appended] = await inner.readStream('expert-1');
    expect(appended).toMatchObject({ schemaVersion: 2, data: { title: 'chief-physician' } });
  });
});
