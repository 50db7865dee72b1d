import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { parseNdjson, verifyCaseExport, type CaseExportRecord } from '../../libs/audit/export';
import { RAW_EVENT_STORE } from '@telemed/application/infrastructure/tokens';
import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { post, read } from '../support/consultation-steps';
import { startTestApp, type TestApp } from '../support/test-app';

describe('a posting in the audit trail', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let postingId: string;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-07-01T00:00:00Z' });
    network = await seedNetwork(t);
    const { coordinator } = network.tokens;
    postingId = (
      await created(t, coordinator, '/v1/postings', {
        kind: 'specialist',
        expertId: network.chiefExpertId,
        partnershipId: network.partnershipId,
        receivingDepartmentId: network.receivingDepartmentId,
        plannedStart: '2026-03-01',
        plannedEnd: '2027-02-28',
      })
    ).id;
    t.clock.set('2026-07-02T00:00:00Z');
    await created(t, coordinator, `/v1/postings/${postingId}/arrived`, { at: '2026-03-02' });
    await created(t, coordinator, `/v1/postings/${postingId}/cut-short`, { at: '2026-06-30', reason: 'recalled to Shanghai' });
    expect((await post(t, coordinator, '/v1/audit/seal')).body).toEqual({ sealed: true });
  });

  afterAll(() => t.close());

  it('is exported by an auditor and verifies offline with the public key alone', async () => {
    const response = await t.http.get(`/v1/audit/exports/postings/${postingId}`).set('Authorization', `Bearer ${network.tokens.auditor}`).buffer(true);
    expect(response.status).toBe(200);
    const records = parseNdjson(response.text) as CaseExportRecord[];
    expect(records[0]).toMatchObject({ record: 'header', kind: 'posting', id: postingId, streamId: `posting-${postingId}` });
    const publicKey = readFileSync(join(t.dataDir, 'audit', 'public-key.pem'), 'utf8');
    expect(verifyCaseExport(records, publicKey)).toMatchObject({ ok: true, eventsChecked: 3, eventsSealed: 3 });
  });

  it('is looked back at as it stood before its arrival was recorded', async () => {
    const [dispatched] = await t.app.get<EventStore>(RAW_EVENT_STORE).readStream(`posting-${postingId}`);
    const asOf = await read(t, network.tokens.auditor, `/v1/audit/posting/${postingId}/as-of?at=${encodeURIComponent(dispatched.recordedAt)}`);
    expect(asOf.status).toBe(200);
    expect(asOf.body).toMatchObject({ kind: 'posting', id: postingId, state: { status: 'dispatched', plannedEnd: '2027-02-28' } });
  });

  it('holds no patient data: its events are stored in clear, under no patient key, so no erasure touches them', async () => {
    const stored = await t.app.get<EventStore>(RAW_EVENT_STORE).readStream(`posting-${postingId}`);
    expect(stored.map((event) => event.type)).toEqual(['PostingDispatched', 'PostingArrived', 'PostingCutShort']);
    expect(stored.every((event) => event.metadata.encryption === undefined)).toBe(true);
    expect(stored[2].data).toMatchObject({ reason: 'recalled to Shanghai' });
  });
});
