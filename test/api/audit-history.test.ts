import { seedNetwork, consultationRequest, type SeededNetwork } from '../support/network-fixture';
import { hourFrom, read } from '../support/consultation-steps';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

const GENESIS = '0'.repeat(64);

interface Envelope {
  eventId: string;
  type: string;
  streamId: string;
  streamRevision: number;
  globalPosition: string;
  recordedAt: string;
  data: Record<string, unknown>;
  redactedFields?: string[];
  metadata: {
    actor: { userId: string; role: string; hospitalId?: string };
    correlationId: string;
    causationId?: string;
    requestId?: string;
    sourceAddress?: string;
    integrity: { previousHash: string; hash: string };
  };
}

describe('the history of the log, as an auditor reads it', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let consultationId: string;
  /** The log up to the end of the setup: later writes (the seal of the log) fall after it. */
  let setupDone: string;

  /** A write as a client would send it, with its own request and correlation ids. */
  async function write(token: string, path: string, body: object, requestId: string) {
    const response = await t.http
      .post(path)
      .set('Authorization', `Bearer ${token}`)
      .set('x-request-id', requestId)
      .set('x-correlation-id', 'referral-KS2-0042')
      .send(body);
    expect(response.status).toBe(201);
    return response.body as { id: string; position: string };
  }

  const auditor = () => network.tokens.auditor;
  const history = async (query: string, token = auditor()) => {
    const response = await read(t, token, `/v1/audit/events?${query}`);
    expect(response.status).toBe(200);
    return response.body as { items: Envelope[]; nextCursor: string | null };
  };
  /** The whole log up to the end of the setup, read in pages of 500. */
  const wholeLog = async (): Promise<Envelope[]> => {
    const events: Envelope[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = await history(`limit=500&to=${setupDone}${cursor ? `&cursor=${cursor}` : ''}`);
      events.push(...page.items);
      cursor = page.nextCursor;
    }
    return events;
  };

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
    const { tokens } = network;
    ({ id: consultationId } = await write(tokens.clinician, '/v1/consultations', consultationRequest(network), 'req-request-0042'));
    await write(tokens.chiefExpert, `/v1/consultations/${consultationId}/accept`, {}, 'req-accept-0042');
    await write(tokens.chiefExpert, `/v1/consultations/${consultationId}/schedule`, hourFrom('2026-03-04T02:00:00Z'), 'req-schedule-0042');
    await new Promise((resolve) => setTimeout(resolve, 5));
    setupDone = new Date().toISOString();
  });

  afterAll(() => t.close());

  it('shows every event of a consultation with who caused it, as part of which request, from where, and its link in the chain', async () => {
    const response = await read(t, auditor(), `/v1/audit/streams/consultation-${consultationId}`);
    expect(response.status).toBe(200);
    const events: Envelope[] = response.body.events;
    expect(events.map((event) => event.type)).toEqual(['ConsultationRequested', 'ConsultationAccepted', 'ConsultationScheduled']);
    expect(events.map((event) => event.streamRevision)).toEqual([0, 1, 2]);
    const [requested, accepted, scheduled] = events;

    expect(requested).toMatchObject({
      eventId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      streamId: `consultation-${consultationId}`,
      schemaVersion: 1,
      globalPosition: expect.stringMatching(/^\d+$/),
      recordedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      data: { consultationId, patient: consultationRequest(network).patient, requestedAt: '2026-03-02T00:00:00.000Z' },
      metadata: {
        actor: { userId: 'clinician-aziz', role: 'clinician', hospitalId: network.receivingHospitalId },
        correlationId: 'referral-KS2-0042',
        causationId: 'req-request-0042',
        requestId: 'req-request-0042',
        sourceAddress: '127.0.0.1',
        integrity: { previousHash: GENESIS, hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      },
    });
    expect(accepted.metadata).toMatchObject({ actor: { userId: network.chiefExpertId, role: 'expert' }, requestId: 'req-accept-0042' });
    expect(accepted.metadata.integrity.previousHash).toBe(requested.metadata.integrity.hash);
    expect(scheduled.metadata.integrity.previousHash).toBe(accepted.metadata.integrity.hash);
    const positions = events.map((event) => BigInt(event.globalPosition));
    expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
  });

  it('shows a coordinator the same history without the patient or the case summary', async () => {
    const asAuditor: Envelope[] = (await read(t, auditor(), `/v1/audit/streams/consultation-${consultationId}`)).body.events;
    const response = await read(t, network.tokens.coordinator, `/v1/audit/streams/consultation-${consultationId}`);
    expect(response.status).toBe(200);
    const [requested, ...rest]: Envelope[] = response.body.events;
    expect(requested.data).not.toHaveProperty('patient');
    expect(requested.data).not.toHaveProperty('caseSummary');
    expect([...requested.redactedFields!].sort()).toEqual(['caseSummary', 'patient']);
    expect(requested.data).toMatchObject({ consultationId, purpose: consultationRequest(network).purpose });
    expect(requested.metadata).toEqual(asAuditor[0].metadata);
    expect(rest).toEqual(asAuditor.slice(1));
  });

  it('answers 404 for a stream that holds no event, and refuses clinicians and experts', async () => {
    expectProblem(await read(t, auditor(), '/v1/audit/streams/consultation-00000000-0000-4000-8000-000000000000'), 404);
    for (const token of [network.tokens.clinician, network.tokens.chiefExpert]) {
      expectProblem(await read(t, token, `/v1/audit/streams/consultation-${consultationId}`), 403, 'role-not-allowed');
      expectProblem(await read(t, token, '/v1/audit/events'), 403, 'role-not-allowed');
    }
  });

  it('filters the log by who caused an event', async () => {
    const log = await wholeLog();
    const byClinician = await history(`actor=clinician-aziz&to=${setupDone}`);
    expect(byClinician.items.map((event) => event.eventId)).toEqual(
      log.filter((event) => event.metadata.actor.userId === 'clinician-aziz').map((event) => event.eventId),
    );
    expect(byClinician.items.map((event) => event.type)).toEqual(['ConsultationRequested']);
    const byCoordinator = await history(`actor=coordinator-wang&to=${setupDone}`);
    expect(byCoordinator.items.length).toBeGreaterThan(5);
    expect(byCoordinator.items.every((event) => event.metadata.actor.userId === 'coordinator-wang')).toBe(true);
  });

  it('filters the log by one or several event types', async () => {
    const log = await wholeLog();
    const types = ['HospitalRegistered', 'ConsultationScheduled'];
    const answer = await history(`type=${types.join(',')}&to=${setupDone}`);
    expect(answer.items.map((event) => event.eventId)).toEqual(log.filter((event) => types.includes(event.type)).map((event) => event.eventId));
    expect(answer.items.filter((event) => event.type === 'HospitalRegistered')).toHaveLength(3);
    expect(answer.items.filter((event) => event.type === 'ConsultationScheduled')).toHaveLength(1);
  });

  it('filters the log by when an event was recorded: from inclusive, to exclusive', async () => {
    const log = await wholeLog();
    const accepted = log.find((event) => event.type === 'ConsultationAccepted')!;
    const scheduled = log.find((event) => event.type === 'ConsultationScheduled')!;
    const answer = await history(`from=${accepted.recordedAt}&to=${scheduled.recordedAt}`);
    const expected = log.filter(
      (event) => Date.parse(event.recordedAt) >= Date.parse(accepted.recordedAt) && Date.parse(event.recordedAt) < Date.parse(scheduled.recordedAt),
    );
    expect(answer.items.map((event) => event.eventId)).toEqual(expected.map((event) => event.eventId));
    expect(answer.items.map((event) => event.type)).toContain('ConsultationAccepted');
    expect(answer.items.map((event) => event.type)).not.toContain('ConsultationScheduled');
  });

  it('pages through the log in position order with an opaque cursor, each event once', async () => {
    const log = await wholeLog();
    expect(log.length).toBeGreaterThan(10);
    const pages: Envelope[][] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = await history(`limit=4&to=${setupDone}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(4);
      pages.push(page.items);
      cursor = page.nextCursor;
    }
    expect(pages).toHaveLength(Math.ceil(log.length / 4));
    expect(pages.flat().map((event) => event.eventId)).toEqual(log.map((event) => event.eventId));
    const positions = log.map((event) => BigInt(event.globalPosition));
    expect(positions.every((position, index) => index === 0 || position > positions[index - 1])).toBe(true);
  });

  it('refuses a bad limit, cursor, type list or time range, naming the field', async () => {
    expectProblem(await read(t, auditor(), '/v1/audit/events?limit=0'), 400, undefined, ['limit']);
    expectProblem(await read(t, auditor(), '/v1/audit/events?limit=501'), 400, undefined, ['limit']);
    expectProblem(await read(t, auditor(), '/v1/audit/events?cursor=bm90LWEtY3Vyc29y'), 400, undefined, ['cursor']);
    expectProblem(await read(t, auditor(), '/v1/audit/events?type=Consultation Requested'), 400, undefined, ['type']);
    expectProblem(await read(t, auditor(), '/v1/audit/events?from=yesterday'), 400, undefined, ['from']);
    expectProblem(await read(t, auditor(), '/v1/audit/events?from=2026-03-02T10:00:00'), 400, undefined, ['from']);
    expectProblem(await read(t, auditor(), '/v1/audit/events?from=2026-03-03T00:00:00Z&to=2026-03-02T00:00:00Z'), 400, undefined, ['to']);
  });
});
