import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@telemed/event-store';
import {
  ChainedEventStore,
  loadOrCreateSigningKey,
  LogSeal,
  readSeals,
  sealLog,
  verifyLog,
  type VerificationReport,
} from '@telemed/audit';

const STREAMS = 20;
const EVENTS = 2_000;
const SEAL_EVERY = 500;

let dir: string;
let original: string;
let anchorFile: string;
let signer: ReturnType<typeof loadOrCreateSigningKey>;

async function verifyCopy(tamper: (db: Database.Database) => void, withAnchor = true): Promise<VerificationReport> {
  const copy = join(dir, `${randomUUID()}.sqlite`);
  copyFileSync(original, copy);
  const raw = new Database(copy);
  tamper(raw);
  raw.close();
  const store = SqliteEventStore.open(copy);
  try {
    return await verifyLog((options) => store.readAll(options), {
      publicKey: signer.publicKey,
      seals: await readSeals(store),
      anchor: withAnchor ? (JSON.parse(readFileSync(anchorFile, 'utf8')) as LogSeal) : undefined,
    });
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'telemed-tamper-'));
  original = join(dir, 'events.sqlite');
  anchorFile = join(dir, 'latest-seal.json');
  signer = loadOrCreateSigningKey(join(dir, 'keys', 'signing-key.pem'));
  const store = new ChainedEventStore(SqliteEventStore.open(original));
  for (let i = 0; i < EVENTS; i++) {
    const streamId = `consultation-${i % STREAMS}`;
    await store.appendToStream(
      streamId,
      [{ eventId: randomUUID(), type: 'ConsultationNoted', schemaVersion: 1, data: { note: `note ${i}` }, metadata: { actor: { userId: 'u', role: 'expert' }, correlationId: `c${i}` } }],
      'any',
    );
    if ((i + 1) % SEAL_EVERY === 0) await sealLog(store, signer, { now: new Date().toISOString(), anchorFile });
  }
  await store.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tamper evidence of the SQLite log', () => {
  it('an untouched history verifies, seals included', async () => {
    const report = await verifyCopy(() => undefined);
    expect(report).toMatchObject({ ok: true, eventsChecked: EVENTS + EVENTS / SEAL_EVERY, sealsChecked: EVENTS / SEAL_EVERY });
  });

  it('changing one byte of an event names its position', async () => {
    const report = await verifyCopy((db) => db.prepare(`UPDATE events SET data = json_set(data, '$.note', 'altered') WHERE global_position = 778`).run());
    expect(report.ok).toBe(false);
    expect(report.firstBreak?.position).toBe('778');
  });

  it('an event forged after the last seal is caught by its stream chain', async () => {
    const db0 = new Database(original, { readonly: true });
    const head = Number((db0.prepare('SELECT max(global_position) AS head FROM events').get() as { head: number }).head);
    db0.close();
    const report = await verifyCopy((db) => {
      const forge = db.prepare(`INSERT INTO events (event_id, stream_id, stream_revision, type, schema_version, data, metadata, recorded_at)
        SELECT ?, stream_id, stream_revision + 1, type, schema_version, data, metadata, recorded_at FROM events WHERE global_position = ?`);
      forge.run(randomUUID(), head);
    });
    expect(report.ok).toBe(false);
    expect(report.firstBreak?.position).toBe(String(head + 1));
  });

  it('deleting a row names the position of the deleted event', async () => {
    const report = await verifyCopy((db) => db.prepare('DELETE FROM events WHERE global_position = 1234').run());
    expect(report.firstBreak).toMatchObject({ position: '1234' });
    expect(report.firstBreak?.reason).toMatch(/missing/);
  });

  it('swapping two rows names the first of them', async () => {
    const report = await verifyCopy((db) => {
      const swap = db.transaction(() => {
        const columns = 'event_id, stream_id, stream_revision, type, schema_version, data, metadata, recorded_at';
        const a = db.prepare(`SELECT ${columns} FROM events WHERE global_position = 301`).get() as Record<string, unknown>;
        const b = db.prepare(`SELECT ${columns} FROM events WHERE global_position = 640`).get() as Record<string, unknown>;
        const set = db.prepare(`UPDATE events SET event_id = @event_id, stream_id = @stream_id, stream_revision = @stream_revision, type = @type,
          schema_version = @schema_version, data = @data, metadata = @metadata, recorded_at = @recorded_at WHERE global_position = @position`);
        db.prepare(`UPDATE events SET event_id = 'moving', stream_id = 'moving', stream_revision = -1 WHERE global_position = 301`).run();
        set.run({ ...a, position: 640 });
        set.run({ ...b, position: 301 });
      });
      swap();
    });
    expect(report.firstBreak?.position).toBe('301');
  });

  it('dropping the tail of the log is detected from the anchored seal', async () => {
    const report = await verifyCopy((db) => db.prepare('DELETE FROM events WHERE global_position > 1500').run());
    expect(report.ok).toBe(false);
    expect(report.firstBreak).toMatchObject({ position: '1501' });
    expect(report.firstBreak?.reason).toMatch(/truncated/);
  });

  it('a forged seal fails its signature', async () => {
    const report = await verifyCopy((db) =>
      db.prepare(`UPDATE events SET data = json_set(data, '$.merkleRoot', 'forged') WHERE stream_id = 'audit-seals' AND stream_revision = 0`).run(),
    );
    expect(report.ok).toBe(false);
    expect(report.firstBreak?.reason).toMatch(/signature/);
  });
});
