import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@telemed/event-store';
import { ChainedEventStore, loadOrCreateSigningKey, readSeals, sealLog, verifyLog } from '@telemed/audit';

const EVENTS = 100_000;
const BATCH = 100;
const SEAL_EVERY = 10_000;

describe('a large history', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'telemed-large-'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('an untouched history of 100,000 events verifies, seal by seal', async () => {
    const signer = loadOrCreateSigningKey(join(dir, 'keys', 'signing-key.pem'));
    const store = new ChainedEventStore(SqliteEventStore.open(join(dir, 'events.sqlite')));
    try {
      for (let written = 0; written < EVENTS; written += BATCH) {
        const streamId = `training-session-${(written / BATCH) % 400}`;
        const events = Array.from({ length: BATCH }, (_, i) => ({
          eventId: randomUUID(),
          type: 'AttendanceRecorded',
          schemaVersion: 1,
          data: { trainingSessionId: streamId, attendees: [{ staffId: `s-${written + i}`, name: 'Staff member' }] },
          metadata: { actor: { userId: 'trainer-1', role: 'expert' as const }, correlationId: `batch-${written}` },
        }));
        await store.appendToStream(streamId, events, 'any');
        if ((written + BATCH) % SEAL_EVERY === 0) await sealLog(store, signer, { now: new Date().toISOString() });
      }
      const report = await verifyLog((options) => store.readAll(options), { publicKey: signer.publicKey, seals: await readSeals(store) });
      expect(report).toEqual({
        ok: true,
        eventsChecked: EVENTS + EVENTS / SEAL_EVERY,
        sealsChecked: EVENTS / SEAL_EVERY,
        sealedUpTo: String(EVENTS + EVENTS / SEAL_EVERY - 1),
      });
    } finally {
      await store.close();
    }
  }, 120_000);
});
