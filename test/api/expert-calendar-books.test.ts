import Ajv2020 from 'ajv/dist/2020';
import { expertStreamId } from '@telemed/domain/expert';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { publishedMessageSchema, toEventMessage } from '@telemed/messaging';
import { EVENT_STORE } from '@telemed/application/infrastructure/tokens';
import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { acceptedConsultation, read } from '../support/consultation-steps';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

const BOOKINGS = 60;
const HOUR = 3_600_000;
const FIRST_SLOT = Date.parse('2026-03-03T01:00:00Z');
/** One-hour slots two hours apart, from Tuesday morning on. */
const slotOf = (index: number) => ({
  start: new Date(FIRST_SLOT + index * 2 * HOUR).toISOString(),
  end: new Date(FIRST_SLOT + index * 2 * HOUR + HOUR).toISOString(),
});

describe('an expert’s calendar whose books were closed', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let lastPosition: string;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z' });
    network = await seedNetwork(t);
    for (let index = 0; index < BOOKINGS; index++) {
      const { id } = await acceptedConsultation(t, network);
      lastPosition = (await created(t, network.tokens.chiefExpert, `/v1/consultations/${id}/schedule`, slotOf(index))).position as string;
    }
  }, 120_000);

  afterAll(() => t.close());

  const expertEvents = () => t.app.get<EventStore>(EVENT_STORE).readStream(expertStreamId(network.chiefExpertId));

  it('holds the closing of its books in its stream, a published event that carries no patient data', async () => {
    const closings = (await expertEvents()).filter((event) => event.type === 'ExpertBooksClosed');
    expect(closings.length).toBeGreaterThan(0);
    const validate = new Ajv2020({ strict: true }).compile(publishedMessageSchema('ExpertBooksClosed', 1)!);
    for (const closing of closings) {
      expect(validate(JSON.parse(toEventMessage(closing).value))).toBe(true);
      expect(Object.keys(closing.data as object).sort()).toEqual(
        ['availability', 'bookings', 'closedAt', 'departmentId', 'expertId', 'hospitalId', 'licensedSince', 'name', 'specialty', 'title'],
      );
    }
  });

  it('still shows every booking in the schedule: the read model ignores the closings', async () => {
    const to = slotOf(BOOKINGS).start;
    const { status, body } = await read(t, network.tokens.coordinator, `/v1/experts/${network.chiefExpertId}/schedule?from=2026-03-03T00:00:00Z&to=${to}`, lastPosition);
    expect(status).toBe(200);
    expect(body.bookings).toHaveLength(BOOKINGS);
  });

  it('still refuses a slot taken before the books were closed', async () => {
    const { id } = await acceptedConsultation(t, network);
    const response = await t.http
      .post(`/v1/consultations/${id}/schedule`)
      .set('Authorization', `Bearer ${network.tokens.chiefExpert}`)
      .send(slotOf(0));
    expectProblem(response, 409, 'double-booking');
  });

  it('verifies as an untouched history and rebuilds into the same read models', async () => {
    const verified = await t.http.post('/v1/audit/verify').set('Authorization', `Bearer ${network.tokens.auditor}`).send({});
    expect(verified.status).toBe(200);
    expect(verified.body.ok).toBe(true);
    const rebuilt = await t.http.post('/v1/audit/rebuild').set('Authorization', `Bearer ${network.tokens.auditor}`).send({});
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.body).toMatchObject({ equal: true, differences: [] });
  });
});
