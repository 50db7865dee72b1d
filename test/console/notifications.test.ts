import { hourFrom } from '../support/consultation-steps';
import { consultationRequest, created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

interface Notice {
  kind: string;
  id: string;
  type: string;
  position: string;
}

/** An open notification stream, read as the console reads it: fetch with the token in the header. */
class NoticeStream {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private buffer = '';
  private readonly decoder = new TextDecoder();

  private constructor(
    private readonly controller: AbortController,
    response: Response,
  ) {
    this.reader = response.body!.getReader();
  }

  /** Opened with the token in the header, or with a ticket in the URL as a browser's EventSource opens it. */
  static async open(baseUrl: string, credential: string | { ticket: string }): Promise<NoticeStream> {
    const controller = new AbortController();
    const response =
      typeof credential === 'string'
        ? await fetch(`${baseUrl}/v1/notifications/stream`, { headers: { authorization: `Bearer ${credential}` }, signal: controller.signal })
        : await fetch(`${baseUrl}/v1/notifications/stream?ticket=${credential.ticket}`, { signal: controller.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const stream = new NoticeStream(controller, response);
    await stream.nextBlock(); // the opening comment: the server is listening from here on
    return stream;
  }

  /** The next notice, skipping comments. */
  async next(): Promise<Notice> {
    for (;;) {
      const block = await this.nextBlock();
      const data = block.split('\n').find((line) => line.startsWith('data: '));
      if (data) return JSON.parse(data.slice('data: '.length)) as Notice;
    }
  }

  private async nextBlock(): Promise<string> {
    for (;;) {
      const end = this.buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        return block;
      }
      const { value, done } = await this.reader.read();
      if (done) throw new Error('the stream ended');
      this.buffer += this.decoder.decode(value, { stream: true });
    }
  }

  close(): void {
    this.controller.abort();
  }
}

describe('live notices of what each person may see', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startTestApp();
    network = await seedNetwork(t);
    baseUrl = await t.app.getUrl();
  });

  afterAll(() => t.close());

  it("tells the requesting clinician and the partner hospital's expert of a new request, and a clinician of another hospital nothing of it", async () => {
    const clinician = await NoticeStream.open(baseUrl, network.tokens.clinician);
    const expert = await NoticeStream.open(baseUrl, network.tokens.chiefExpert);
    const outsider = await NoticeStream.open(baseUrl, network.tokens.otherClinician);
    try {
      const requested = await created(t, network.tokens.clinician, '/v1/consultations', consultationRequest(network));
      const expected = { kind: 'consultation', id: requested.id, type: 'ConsultationRequested', position: requested.position };
      await expect(clinician.next()).resolves.toEqual(expected);
      await expect(expert.next()).resolves.toEqual(expected);

      // A training session is everyone's to see: the outsider's first notice is that, not the consultation.
      const training = await created(t, network.tokens.coordinator, '/v1/training-sessions', {
        partnershipId: network.partnershipId,
        pairingId: network.pairingId,
        title: 'Reading coronary angiograms',
        format: 'lecture',
        ...hourFrom('2026-03-04T02:00:00Z'),
        trainerExpertIds: [network.chiefExpertId],
        audienceDepartmentIds: [network.receivingDepartmentId],
      });
      const notice = await outsider.next();
      expect(notice).toMatchObject({ kind: 'training-session', id: training.id, type: 'TrainingSessionPlanned' });
      // Planning also books the trainer's calendar: the answer's position is that last event's.
      expect(BigInt(notice.position)).toBeLessThanOrEqual(BigInt(training.position));

      // The notice's position makes the following read show what it announced.
      const read = await t.http.get(`/v1/consultations/${requested.id}?minPosition=${requested.position}`).set('Authorization', `Bearer ${network.tokens.chiefExpert}`);
      expect(read.body.status).toBe('requested');
    } finally {
      clinician.close();
      expert.close();
      outsider.close();
    }
  });

  it('is refused without a token', async () => {
    expectProblem(await t.http.get('/v1/notifications/stream'), 401, 'unauthenticated');
  });

  async function ticketFor(token: string): Promise<{ ticket: string; expiresAt: string }> {
    const response = await t.http.post('/v1/notifications/tickets').set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(201);
    return response.body;
  }

  /** A refused stream answers a problem document at once; the request is not left open. */
  async function refusedStream(query: string) {
    return t.http.get(`/v1/notifications/stream?${query}`);
  }

  it('opens with a ticket in the URL, and the ticket keeps the scope of the person it was issued to', async () => {
    const issued = await ticketFor(network.tokens.otherClinician);
    expect(issued.ticket).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(issued.expiresAt) - Date.parse(t.clock.now())).toBe(30_000);
    const outsider = await NoticeStream.open(baseUrl, { ticket: issued.ticket });
    const expert = await NoticeStream.open(baseUrl, { ticket: (await ticketFor(network.tokens.chiefExpert)).ticket });
    try {
      const requested = await created(t, network.tokens.clinician, '/v1/consultations', consultationRequest(network));
      await expect(expert.next()).resolves.toMatchObject({ kind: 'consultation', id: requested.id });
      // The clinician of the other hospital hears nothing of it: their next notice is a training session's.
      const training = await created(t, network.tokens.coordinator, '/v1/training-sessions', {
        partnershipId: network.partnershipId,
        pairingId: network.pairingId,
        title: 'Echocardiography basics',
        format: 'lecture',
        ...hourFrom('2026-03-05T02:00:00Z'),
        trainerExpertIds: [network.chiefExpertId],
        audienceDepartmentIds: [network.receivingDepartmentId],
      });
      await expect(outsider.next()).resolves.toMatchObject({ kind: 'training-session', id: training.id });
    } finally {
      outsider.close();
      expert.close();
    }
  });

  it('refuses a ticket used a second time, with a problem saying so', async () => {
    const { ticket } = await ticketFor(network.tokens.clinician);
    const first = await NoticeStream.open(baseUrl, { ticket });
    first.close();
    const again = await refusedStream(`ticket=${ticket}`);
    expectProblem(again, 401, 'stream-ticket-used');
    expect(again.body.detail).toMatch(/used already/);
  });

  it('refuses a ticket once its 30 seconds have passed, unused', async () => {
    const { ticket } = await ticketFor(network.tokens.clinician);
    t.clock.advance(30_001);
    expectProblem(await refusedStream(`ticket=${ticket}`), 401, 'stream-ticket-expired');
    // Refused as expired, it was not used up either: it stays refused.
    expectProblem(await refusedStream(`ticket=${ticket}`), 401, 'stream-ticket-expired');
  });

  it('refuses a ticket it never issued, and one that is not shaped like a ticket', async () => {
    expectProblem(await refusedStream(`ticket=${'A'.repeat(43)}`), 401, 'stream-ticket-unknown');
    expectProblem(await refusedStream('ticket=not%20a%20ticket'), 401, 'stream-ticket-unknown');
  });

  it('issues tickets only to a caller with a valid token, and a ticket answers in the caller\'s language when refused', async () => {
    expectProblem(await t.http.post('/v1/notifications/tickets'), 401, 'unauthenticated');
    const refused = await t.http.get(`/v1/notifications/stream?ticket=${'B'.repeat(43)}`).set('Accept-Language', 'zh-CN');
    expectProblem(refused, 401, 'stream-ticket-unknown');
    expect(refused.body.title).toBe('通知流凭据无效');
  });
});
