import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNdjson, verifyCaseExport, type CaseExportRecord } from '@telemed/audit';
import { agreementTerms, consultationRequest, created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { post, read } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';
import { WebhookReceiver, type ReceivedDelivery } from '../support/webhook-receiver';

/** Two patients of two receiving hospitals, both aided by the same Shanghai hospital. */
const KASHGAR_PATIENT = { reference: 'KS2-2026-004711', name: 'Aygul Tursun', sex: 'female' };
const SHIGATSE_PATIENT = { reference: 'SG-2026-000815', name: 'Tenzin Dolma', sex: 'female' };

interface Endpoint {
  id: string;
  secret: string;
  position: string;
}

const types = (deliveries: ReceivedDelivery[]) => deliveries.map((delivery) => delivery.payload.type);

describe('outbound webhooks', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let receiver: WebhookReceiver;
  /** The second partnership: the same Shanghai hospital aids Shigatse. */
  let shigatsePartnershipId: string;
  let shigatseClinician: string;
  const endpoints: Record<'kashgar' | 'shigatse' | 'shanghai' | 'network', Endpoint> = {} as never;
  let kashgarCaseId: string;
  let shigatseCaseId: string;

  const register = (body: object, token = network.tokens.coordinator) => post(t, token, '/v1/webhooks', body);

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    receiver = await WebhookReceiver.start();
    network = await seedNetwork(t);
    const { coordinator } = network.tokens;
    const shigatseCardiology = await created(t, coordinator, `/v1/hospitals/${network.otherHospitalId}/departments`, { name: 'Cardiology', specialty: 'cardiology' });
    shigatsePartnershipId = (
      await created(t, coordinator, '/v1/partnerships', {
        givingHospitalId: network.givingHospitalId,
        receivingHospitalId: network.otherHospitalId,
        programme: 'group-aid',
        validFrom: '2025-01-01',
      })
    ).id;
    await created(t, coordinator, `/v1/partnerships/${shigatsePartnershipId}/pairings`, {
      givingDepartmentId: network.givingDepartmentId,
      receivingDepartmentId: shigatseCardiology.id,
    });
    await created(t, coordinator, `/v1/partnerships/${shigatsePartnershipId}/agreements`, agreementTerms(network.givingHospitalId, network.otherHospitalId));
    shigatseClinician = await t.token('clinician', 'clinician-tashi', network.otherHospitalId);
  });

  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  describe('registration', () => {
    it.each([
      ['a remote address over plain http', { url: 'http://his.kashgar2.example/hook' }, 'invalid-webhook-url', 'url'],
      ['an address with a password in it', { url: 'https://his:secret@his.kashgar2.example/hook' }, 'invalid-webhook-url', 'url'],
      ['an event type that is not delivered', { eventTypes: ['ConsultationRequested', 'ExpertBooked'] }, 'unknown-event-type', 'eventTypes'],
      ['no event type', { eventTypes: [] }, 'invalid-request', 'eventTypes'],
      ['an unknown partnership', { partnershipId: '00000000-0000-4000-8000-000000000000' }, 'unknown-partnership', 'partnershipId'],
      ['an unknown hospital', { hospitalId: '00000000-0000-4000-8000-000000000000' }, 'unknown-hospital', 'hospitalId'],
      ['a field it does not know', { secret: 'whsec_mine' }, 'invalid-request', 'secret'],
    ])('refuses %s with 400, writing nothing', async (_sentence, change, code, field) => {
      const body = { url: 'https://his.kashgar2.example/hook', eventTypes: ['ConsultationRequested'], ...change };
      const response = await withoutWriting(t, () => register(body));
      expectProblem(response, 400, code, [field]);
    });

    it('refuses a hospital that is not a side of the partnership it names', async () => {
      const response = await withoutWriting(t, () =>
        register({ url: 'https://his.example/hook', eventTypes: ['*'], partnershipId: shigatsePartnershipId, hospitalId: network.receivingHospitalId }),
      );
      expectProblem(response, 400, 'hospital-not-in-partnership', ['hospitalId']);
    });

    it('is for coordinators only; an auditor reads the endpoints, a clinician not even that', async () => {
      const body = { url: 'https://his.example/hook', eventTypes: ['*'] };
      expectProblem(await register(body, network.tokens.clinician), 403, 'role-not-allowed');
      expectProblem(await register(body, network.tokens.auditor), 403, 'role-not-allowed');
      expectProblem(await read(t, network.tokens.clinician, '/v1/webhooks'), 403, 'role-not-allowed');
      expect((await read(t, network.tokens.auditor, '/v1/webhooks')).status).toBe(200);
    });

    it('answers the signing secret once, in the Standard Webhooks form, and never again', async () => {
      const registrations: Array<[keyof typeof endpoints, object]> = [
        ['kashgar', { hospitalId: network.receivingHospitalId, description: 'HIS of Kashgar No. 2' }],
        ['shigatse', { hospitalId: network.otherHospitalId }],
        ['shanghai', { hospitalId: network.givingHospitalId }],
        ['network', { partnershipId: network.partnershipId }],
      ];
      for (const [name, scope] of registrations) {
        const response = await register({ url: receiver.url(`/${name}`), eventTypes: ['*'], ...scope });
        expect(response.status).toBe(201);
        expect(response.body).toEqual({ id: expect.any(String), position: expect.stringMatching(/^\d+$/), secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/) });
        endpoints[name] = response.body;
      }
      const list = await read(t, network.tokens.coordinator, '/v1/webhooks', endpoints.network.position);
      expect(list.body.items.map((item: { id: string }) => item.id)).toEqual(Object.values(endpoints).map((endpoint) => endpoint.id));
      expect(list.body.items[0]).toMatchObject({
        url: receiver.url('/kashgar'),
        eventTypes: ['*'],
        hospitalId: network.receivingHospitalId,
        description: 'HIS of Kashgar No. 2',
        status: 'active',
        registeredBy: 'coordinator-wang',
      });
      expect(JSON.stringify(list.body)).not.toContain(endpoints.kashgar.secret.slice(6, 30));
    });

    it('is part of the audit history like every other record: as of a date, exported and verified', async () => {
      const history = await read(t, network.tokens.auditor, `/v1/audit/streams/webhook-${endpoints.kashgar.id}`);
      expect(history.body.events.map((event: { type: string }) => event.type)).toEqual(['WebhookEndpointRegistered']);
      expect(history.body.events[0].metadata.actor).toMatchObject({ userId: 'coordinator-wang', role: 'coordinator' });
      const asOf = await read(t, network.tokens.auditor, `/v1/audit/webhook/${endpoints.kashgar.id}/as-of?at=${new Date(Date.now() + 60_000).toISOString()}`);
      expect(asOf.status).toBe(200);
      expect(asOf.body.state).toMatchObject({ status: 'active', url: receiver.url('/kashgar') });
      expect(JSON.stringify(history.body)).not.toContain('whsec_');
      const exported = await t.http.get(`/v1/audit/exports/webhooks/${endpoints.kashgar.id}`).set('Authorization', `Bearer ${network.tokens.auditor}`).buffer(true);
      expect(exported.status).toBe(200);
      const publicKeyPem = readFileSync(join(t.dataDir, 'audit', 'public-key.pem'), 'utf8');
      expect(verifyCaseExport(parseNdjson(exported.text) as CaseExportRecord[], publicKeyPem)).toMatchObject({ ok: true, eventsChecked: 1 });
    });
  });

  describe('delivery', () => {
    beforeAll(async () => {
      kashgarCaseId = (await created(t, network.tokens.clinician, '/v1/consultations', consultationRequest(network, { patient: KASHGAR_PATIENT }))).id;
      await created(t, network.tokens.chiefExpert, `/v1/consultations/${kashgarCaseId}/accept`);
      shigatseCaseId = (
        await created(t, shigatseClinician, '/v1/consultations', consultationRequest(network, { partnershipId: shigatsePartnershipId, patient: SHIGATSE_PATIENT }))
      ).id;
      await created(t, network.tokens.chiefExpert, `/v1/consultations/${shigatseCaseId}/decline`, { reasonCode: 'capacity', reason: 'no cardiologist free this week' });
    });

    it('signs every delivery so that the Standard Webhooks reference verification accepts it, and refuses a forged one', async () => {
      const [first] = await receiver.waitFor('/kashgar', (got) => got.length >= 2);
      expect(WebhookReceiver.verify(endpoints.kashgar.secret, first)).toMatchObject({ type: 'ConsultationRequested' });
      expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(Math.abs(Number(first.timestamp) - Date.now() / 1000)).toBeLessThan(60);
      expect(() => WebhookReceiver.verify(endpoints.shigatse.secret, first)).toThrow();
      expect(() => WebhookReceiver.verify(endpoints.kashgar.secret, { ...first, body: first.body.replace('ConsultationRequested', 'ConsultationCancelled') })).toThrow();
    });

    it('gives the patient’s details only to an endpoint of the patient’s own hospital', async () => {
      const kashgar = await receiver.waitFor('/kashgar', (got) => got.length >= 2);
      const shigatse = await receiver.waitFor('/shigatse', (got) => got.length >= 2);
      const shanghai = await receiver.waitFor('/shanghai', (got) => got.length >= 4);
      const wholeNetwork = await receiver.waitFor('/network', (got) => got.length >= 2);

      // Each receiving hospital gets its own case, with its patient, and nothing of the other's.
      expect(types(kashgar)).toEqual(['ConsultationRequested', 'ConsultationAccepted']);
      expect(kashgar[0].payload).toMatchObject({ subject: { kind: 'consultation', id: kashgarCaseId, sequence: 0 }, data: { patient: KASHGAR_PATIENT } });
      expect(kashgar.map((delivery) => delivery.body).join('\n')).not.toContain(SHIGATSE_PATIENT.reference);
      expect(types(shigatse)).toEqual(['ConsultationRequested', 'ConsultationDeclined']);
      expect(shigatse[0].payload.data.patient).toEqual(SHIGATSE_PATIENT);
      expect(shigatse[1].payload.data).toMatchObject({ reasonCode: 'capacity', reason: 'no cardiologist free this week' });
      expect(shigatse.map((delivery) => delivery.body).join('\n')).not.toContain(KASHGAR_PATIENT.reference);

      // The aiding hospital and the partnership's network endpoint get the cases without the patient or the clinical text.
      expect(new Set(shanghai.map((delivery) => delivery.payload.subject.id))).toEqual(new Set([kashgarCaseId, shigatseCaseId]));
      expect(types(wholeNetwork)).toEqual(['ConsultationRequested', 'ConsultationAccepted']);
      for (const delivery of [...shanghai, ...wholeNetwork]) {
        expect(delivery.body).not.toContain(KASHGAR_PATIENT.reference);
        expect(delivery.body).not.toContain(SHIGATSE_PATIENT.reference);
        expect(delivery.body).not.toContain('no cardiologist free');
      }
      const requested = shanghai.find((delivery) => delivery.payload.type === 'ConsultationRequested')!;
      expect(requested.payload.redactedFields).toEqual(expect.arrayContaining(['patient', 'caseSummary', 'purpose']));
      expect(requested.payload.data).toMatchObject({ partnershipId: expect.any(String), specialty: 'cardiology', urgency: 'routine' });
    });

    it('keeps a delivery log of every attempt: outcome, HTTP status and latency', async () => {
      await receiver.waitFor('/kashgar', (got) => got.length >= 2);
      let log = await read(t, network.tokens.coordinator, `/v1/webhooks/${endpoints.kashgar.id}/deliveries`);
      for (let tries = 0; log.body.items.length < 2 && tries < 100; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        log = await read(t, network.tokens.coordinator, `/v1/webhooks/${endpoints.kashgar.id}/deliveries`);
      }
      expect(log.status).toBe(200);
      expect(log.body.items).toEqual([
        expect.objectContaining({ eventType: 'ConsultationAccepted', attempt: 1, outcome: 'delivered', statusCode: 204, error: null, streamId: `consultation-${kashgarCaseId}` }),
        expect.objectContaining({ eventType: 'ConsultationRequested', attempt: 1, outcome: 'delivered', statusCode: 204, latencyMs: expect.any(Number) }),
      ]);
      expect(JSON.stringify(log.body)).not.toContain(KASHGAR_PATIENT.reference);
      const page = await read(t, network.tokens.auditor, `/v1/webhooks/${endpoints.kashgar.id}/deliveries?limit=1`);
      expect(page.body.items).toHaveLength(1);
      const next = await read(t, network.tokens.auditor, `/v1/webhooks/${endpoints.kashgar.id}/deliveries?limit=1&cursor=${page.body.nextCursor}`);
      expect(next.body.items[0].eventType).toBe('ConsultationRequested');
      expectProblem(await read(t, network.tokens.coordinator, '/v1/webhooks/00000000-0000-4000-8000-000000000000/deliveries'), 404, 'not-found');
      expectProblem(await read(t, network.tokens.coordinator, `/v1/webhooks/${endpoints.kashgar.id}/deliveries?outcome=lost`), 400, 'invalid-request', ['outcome']);
    });

    it('stops while disabled, says why, and delivers what it missed once enabled again', async () => {
      const disabled = await created(t, network.tokens.coordinator, `/v1/webhooks/${endpoints.kashgar.id}/disable`, { reason: 'the HIS is being migrated' });
      expectProblem(await post(t, network.tokens.coordinator, `/v1/webhooks/${endpoints.kashgar.id}/disable`, { reason: 'again' }), 409, 'illegal-transition');
      const listed = await read(t, network.tokens.coordinator, '/v1/webhooks', disabled.position);
      expect(listed.body.items.find((item: { id: string }) => item.id === endpoints.kashgar.id)).toMatchObject({
        status: 'disabled',
        disabled: { reason: 'the HIS is being migrated', automatic: false, by: 'coordinator-wang' },
      });

      const before = receiver.at('/kashgar').length;
      await created(t, network.tokens.chiefExpert, `/v1/consultations/${kashgarCaseId}/schedule`, { start: '2026-03-04T02:00:00Z', end: '2026-03-04T03:00:00Z' });
      await receiver.waitFor('/network', (got) => types(got).includes('ConsultationScheduled'));
      expect(receiver.at('/kashgar')).toHaveLength(before);

      await created(t, network.tokens.coordinator, `/v1/webhooks/${endpoints.kashgar.id}/enable`);
      const resumed = await receiver.waitFor('/kashgar', (got) => got.length > before);
      expect(resumed[before].payload.type).toBe('ConsultationScheduled');
      expectProblem(await post(t, network.tokens.coordinator, `/v1/webhooks/${endpoints.kashgar.id}/enable`), 409, 'illegal-transition');
    });

    it('replays from a position with the original webhook-ids, each case still in order', async () => {
      const firstRound = await receiver.waitFor('/kashgar', (got) => got.length >= 3);
      const from = firstRound[0].payload.position;
      await created(t, network.tokens.coordinator, `/v1/webhooks/${endpoints.kashgar.id}/replay`, { fromPosition: from });
      const all = await receiver.waitFor('/kashgar', (got) => got.length >= 6);
      expect(all.slice(3).map((delivery) => delivery.id)).toEqual(firstRound.slice(0, 3).map((delivery) => delivery.id));
      expect(all.slice(3).map((delivery) => delivery.payload.subject.sequence)).toEqual([0, 1, 2]);
      expectProblem(await post(t, network.tokens.coordinator, `/v1/webhooks/${endpoints.kashgar.id}/replay`, { fromPosition: '99999999' }), 400, 'past-the-head', ['fromPosition']);
      expectProblem(await post(t, network.tokens.coordinator, `/v1/webhooks/${endpoints.kashgar.id}/replay`, { fromPosition: 'latest' }), 400, 'invalid-request', ['fromPosition']);
      expectProblem(await post(t, network.tokens.coordinator, '/v1/webhooks/00000000-0000-4000-8000-000000000000/replay', { fromPosition: '1' }), 404, 'not-found');
    });

    it('after the patient’s data is erased, a replay carries placeholders, and the delivery log never held the details', async () => {
      t.clock.set('2056-06-01T00:00:00Z');
      const erased = await post(t, network.tokens.coordinator, '/v1/patients/erasure', {
        hospitalId: network.otherHospitalId,
        reference: SHIGATSE_PATIENT.reference,
        reason: 'retention period of 30 years is over',
      });
      expect(erased.status).toBe(201);
      const before = receiver.at('/shigatse');
      await created(t, network.tokens.coordinator, `/v1/webhooks/${endpoints.shigatse.id}/replay`, { fromPosition: before[0].payload.position });
      const replayed = (await receiver.waitFor('/shigatse', (got) => got.length >= before.length + 2)).slice(before.length);
      expect(replayed[0].payload.data.patient).toEqual({ reference: '[erased]' });
      expect(replayed[1].payload.data.reason).toBe('[erased]');
      expect(replayed.map((delivery) => delivery.body).join('\n')).not.toContain(SHIGATSE_PATIENT.name);
      const log = await read(t, network.tokens.coordinator, `/v1/webhooks/${endpoints.shigatse.id}/deliveries`);
      expect(JSON.stringify(log.body)).not.toContain(SHIGATSE_PATIENT.reference);
    });
  });
});
