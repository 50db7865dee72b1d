import { randomUUID } from 'node:crypto';
import { consultationRequest, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { post, read, requestConsultation } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('a consultation requested of a named expert (点名会诊)', () => {
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  it('waits for the named expert alone: another expert of the hospital is refused, the named one accepts', async () => {
    const { id } = await requestConsultation(t, network, { requestedExpertId: network.attendingExpertId });

    const other = await withoutWriting(t, () => post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/accept`));
    expectProblem(other, 409, 'not-requested-expert');
    expect((await post(t, network.tokens.attendingExpert, `/v1/consultations/${id}/accept`)).status).toBe(201);

    const view = await read(t, network.tokens.clinician, `/v1/consultations/${id}`, String(await t.eventCount()));
    expect(view.body).toMatchObject({ status: 'accepted', requestedExpertId: network.attendingExpertId, expertId: network.attendingExpertId });
  });

  it('names an expert of the giving hospital, known to the network', async () => {
    await withoutWriting(t, async () => {
      const { clinician } = network.tokens;
      const unknown = await post(t, clinician, '/v1/consultations', { ...consultationRequest(network), requestedExpertId: randomUUID() });
      expectProblem(unknown, 400, 'unknown-expert', ['requestedExpertId']);
      const malformed = await post(t, clinician, '/v1/consultations', { ...consultationRequest(network), requestedExpertId: 'dr-zhang' });
      expectProblem(malformed, 400, undefined, ['requestedExpertId']);
    });
  });

  it('leaves a request without a named expert open to every expert of the giving hospital', async () => {
    const { id } = await requestConsultation(t, network);
    expect((await post(t, network.tokens.chiefExpert, `/v1/consultations/${id}/accept`)).status).toBe(201);
  });

});
