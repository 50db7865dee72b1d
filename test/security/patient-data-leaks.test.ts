import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { toEventMessage } from '@telemed/messaging';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { RAW_EVENT_STORE } from '@telemed/application/infrastructure/tokens';
import { consultationRequest, created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { hourFrom, post, read } from '../support/consultation-steps';
import { startTestApp, type TestApp } from '../support/test-app';

/** A patient and clinical text no other test uses, so finding any of them anywhere is a leak. */
const PATIENT = { reference: 'LKQ-7731-ZETA', name: 'Gulnara Leakcheckova', sex: 'female', birthDate: '1961-07-19' };
const CLINICAL = {
  purpose: 'Leakcheck purpose: surgical planning for a suspected atrial myxoma',
  caseSummary: 'Leakcheck summary: syncope twice, echo shows a pedunculated left atrial mass',
  opinion: 'Leakcheck opinion: refer for urgent resection',
  recommendations: 'Leakcheck recommendation: anticoagulate until surgery',
  declineReason: 'Leakcheck decline: outside our competence for myxoma',
  cancelReason: 'Leakcheck cancel: the patient was airlifted to Urumqi',
  invitationDecline: 'Leakcheck panel decline: treating her relative',
  contribution: 'Leakcheck contribution: transoesophageal echo first',
  conclusion: 'Leakcheck conclusion: resect within two weeks',
  materialName: 'Leakcheck echo report Gulnara.pdf',
  materialDescription: 'Leakcheck material: transthoracic echo, mass 3 cm',
  materialContent: 'Leakcheck file body: LA mass 31 x 24 mm attached to the septum',
  studyDescription: 'Leakcheck study: cardiac MRI with gadolinium',
};
const SECRETS = [PATIENT.reference, PATIENT.name, ...Object.values(CLINICAL)];

const leaksIn = (text: string) => SECRETS.filter((secret) => text.includes(secret));

describe('patient details and clinical text never leave the backbone in clear', () => {
  let t: TestApp;
  let network: SeededNetwork;
  const logLines: string[] = [];
  const consoleOutput: string[] = [];
  const problems: Response[] = [];
  let metrics: Response;
  const restore: Array<() => void> = [];

  /** Everything the process writes to stdout and stderr meanwhile, besides the JSON log it is given. */
  function captureConsole() {
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream);
      stream.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
        consoleOutput.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return write(chunk, ...rest);
      }) as typeof stream.write;
      restore.push(() => (stream.write = write));
    }
  }

  const request = (overrides: Record<string, unknown> = {}) =>
    consultationRequest(network, { purpose: CLINICAL.purpose, caseSummary: CLINICAL.caseSummary, patient: PATIENT, ...overrides });

  async function succeeded(response: Promise<Response>): Promise<Response> {
    const answer = await response;
    expect(answer.status).toBe(200);
    return answer;
  }

  async function refused(response: Promise<Response>): Promise<void> {
    const answer = await response;
    expect(answer.status).toBeGreaterThanOrEqual(400);
    problems.push(answer);
  }

  beforeAll(async () => {
    captureConsole();
    t = await startTestApp({ env: { LOG_LEVEL: 'trace' }, logDestination: { write: (line) => void logLines.push(line) } });
    network = await seedNetwork(t);
    const { tokens } = network;

    // A consultation through its whole life, one declined, one cancelled after it was booked.
    const completed = await created(t, tokens.clinician, '/v1/consultations', request());
    await created(t, tokens.chiefExpert, `/v1/consultations/${completed.id}/accept`);
    await created(t, tokens.chiefExpert, `/v1/consultations/${completed.id}/schedule`, hourFrom('2026-03-04T02:00:00Z'));
    await created(t, tokens.chiefExpert, `/v1/consultations/${completed.id}/start`);
    // Its materials: a file whose name, description and bytes name the case, and an imaging study reference.
    const material = await t.http
      .post(`/v1/consultations/${completed.id}/materials`)
      .set('Authorization', `Bearer ${tokens.clinician}`)
      .field('description', CLINICAL.materialDescription)
      .attach('file', Buffer.from(`%PDF-1.7\n${CLINICAL.materialContent}\n%%EOF`), { filename: CLINICAL.materialName, contentType: 'application/pdf' });
    expect(material.status).toBe(201);
    await created(t, tokens.clinician, `/v1/consultations/${completed.id}/materials`, {
      dicom: { studyInstanceUid: '1.2.826.0.1.3680043.8.498.7731', archive: 'KS2-PACS' },
      description: CLINICAL.studyDescription,
    });
    await succeeded(read(t, tokens.chiefExpert, `/v1/consultations/${completed.id}/materials`));
    await succeeded(read(t, tokens.chiefExpert, `/v1/consultations/${completed.id}/materials/${material.body.id}`));
    await created(t, tokens.chiefExpert, `/v1/consultations/${completed.id}/opinion`, { opinion: CLINICAL.opinion, recommendations: CLINICAL.recommendations });
    const declined = await created(t, tokens.clinician, '/v1/consultations', request());
    await created(t, tokens.chiefExpert, `/v1/consultations/${declined.id}/decline`, { reasonCode: 'not-suitable-for-remote', reason: CLINICAL.declineReason });
    const cancelled = await created(t, tokens.clinician, '/v1/consultations', request());
    await created(t, tokens.chiefExpert, `/v1/consultations/${cancelled.id}/accept`);
    await created(t, tokens.chiefExpert, `/v1/consultations/${cancelled.id}/schedule`, hourFrom('2026-03-05T02:00:00Z'));
    await created(t, tokens.clinician, `/v1/consultations/${cancelled.id}/cancel`, { reason: CLINICAL.cancelReason });

    // A case review of the same patient, with a declined invitation, a contribution and a conclusion.
    const review = await created(t, tokens.clinician, '/v1/case-reviews', {
      partnershipId: network.partnershipId,
      specialties: ['cardiology'],
      purpose: CLINICAL.purpose,
      caseSummary: CLINICAL.caseSummary,
      patient: PATIENT,
      consent: { medical: true, dataSharing: true },
    });
    await created(t, tokens.clinician, `/v1/case-reviews/${review.id}/invitations`, { expertIds: [network.chiefExpertId, network.attendingExpertId] });
    await created(t, tokens.attendingExpert, `/v1/case-reviews/${review.id}/decline`, { reason: CLINICAL.invitationDecline });
    await created(t, tokens.chiefExpert, `/v1/case-reviews/${review.id}/accept`);
    await created(t, tokens.coordinator, `/v1/case-reviews/${review.id}/schedule`, hourFrom('2026-03-06T02:00:00Z'));
    await created(t, tokens.coordinator, `/v1/case-reviews/${review.id}/start`);
    await created(t, tokens.chiefExpert, `/v1/case-reviews/${review.id}/contributions`, { opinion: CLINICAL.contribution });
    const concluded = await created(t, tokens.chiefExpert, `/v1/case-reviews/${review.id}/conclude`, { conclusion: CLINICAL.conclusion });

    // The reads that show the details, so their code paths run (and log) too.
    expect((await succeeded(read(t, tokens.clinician, `/v1/consultations/${completed.id}`, concluded.position))).body.patient).toEqual(PATIENT);
    await succeeded(read(t, tokens.clinician, '/v1/consultations'));
    await succeeded(read(t, tokens.clinician, `/v1/case-reviews/${review.id}`));
    await succeeded(read(t, tokens.auditor, `/v1/audit/streams/consultation-${completed.id}`));
    await succeeded(read(t, tokens.auditor, `/v1/audit/consultations/${completed.id}/as-of?at=${new Date(Date.now() + 86_400_000).toISOString()}`));
    await succeeded(read(t, tokens.auditor, `/v1/audit/exports/consultations/${completed.id}`));
    await succeeded(post(t, tokens.coordinator, '/v1/audit/seal'));

    // Bad requests that carry the patient: none may echo what it carried.
    const malformed = `{"patient": {"reference": "${PATIENT.reference}", "name": ${PATIENT.name}}, "caseSummary": "${CLINICAL.caseSummary}"`;
    await refused(t.http.post('/v1/consultations').set('Authorization', `Bearer ${tokens.clinician}`).set('content-type', 'application/json').send(malformed));
    await refused(post(t, tokens.clinician, '/v1/consultations', request({ patient: { ...PATIENT, sex: PATIENT.name, birthDate: PATIENT.name } })));
    await refused(post(t, tokens.clinician, '/v1/consultations', request({ patient: { ...PATIENT, reference: PATIENT.reference.repeat(40) } })));
    await refused(post(t, tokens.clinician, '/v1/consultations', request({ caseSummary: `${CLINICAL.caseSummary} `.repeat(400) })));
    await refused(post(t, tokens.clinician, '/v1/consultations', request({ urgency: CLINICAL.purpose, requestedTitle: PATIENT.name })));
    await refused(post(t, tokens.clinician, '/v1/consultations', request({ partnershipId: '00000000-0000-4000-8000-000000000000' })));
    await refused(post(t, tokens.clinician, '/v1/consultations', request({ consent: { medical: true, dataSharing: false } })));
    await refused(post(t, tokens.coordinator, '/v1/consultations', request()));
    await refused(post(t, tokens.attendingExpert, `/v1/consultations/${completed.id}/opinion`, { opinion: CLINICAL.opinion }));
    await refused(post(t, tokens.clinician, `/v1/consultations/${completed.id}/cancel`, { reason: CLINICAL.cancelReason }));
    const erasure = { hospitalId: network.receivingHospitalId, reference: PATIENT.reference, reason: 'retention period over' };
    await refused(post(t, tokens.coordinator, '/v1/patients/erasure', erasure));
    await refused(post(t, tokens.coordinator, '/v1/patients/erasure', { ...erasure, hospitalId: network.otherHospitalId }));
    await refused(post(t, tokens.clinician, '/v1/patients/erasure', erasure));

    metrics = await t.http.get('/metrics');
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    restore.forEach((undo) => undo());
  });

  it('the event log on disk holds their ciphertext only: every file of the data directory but the read models', async () => {
    const files = readdirSync(t.dataDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.sqlite(-wal)?$/.test(file) && !file.startsWith('read-models'))
      .map((file) => join(t.dataDir, file));
    expect(files).toEqual(expect.arrayContaining([join(t.dataDir, 'events.sqlite'), join(t.dataDir, 'patient-keys.sqlite')]));
    const eventBytes = ['events.sqlite', 'events.sqlite-wal'].map((file) => join(t.dataDir, file)).filter(existsSync).map((file) => readFileSync(file));
    const eventText = Buffer.concat(eventBytes).toString('latin1');
    // The reader looks where the events are: the ids and the ciphertext of their sealed members are there.
    expect(eventText).toContain('ConsultationOpinionSigned');
    expect(eventText).toContain('enc:v1:');
    for (const file of files) {
      const bytes = readFileSync(file);
      expect({ file, leaks: [...leaksIn(bytes.toString('utf8')), ...leaksIn(bytes.toString('latin1'))] }).toEqual({ file, leaks: [] });
    }
  });

  it('the stored bytes of case materials are ciphertext only', async () => {
    const files = readdirSync(join(t.dataDir, 'materials'), { recursive: true, encoding: 'utf8' })
      .map((file) => join(t.dataDir, 'materials', file))
      .filter((file) => /[0-9a-f]{64}$/.test(file));
    expect(files).toHaveLength(1);
    for (const file of files) {
      const bytes = readFileSync(file);
      expect(bytes.includes('%PDF')).toBe(false);
      expect({ file, leaks: [...leaksIn(bytes.toString('utf8')), ...leaksIn(bytes.toString('latin1'))] }).toEqual({ file, leaks: [] });
    }
  });

  it('every stored event, as the Kafka relay would publish it, carries none of them in its headers or value', async () => {
    const store = t.app.get<EventStore>(RAW_EVENT_STORE);
    const { events } = await store.readAll({ after: 0n, maxCount: 10_000 });
    expect(events.some((event) => event.metadata.encryption?.fields.includes('patient'))).toBe(true);
    for (const event of events) {
      const message = toEventMessage(event);
      expect(leaksIn(`${JSON.stringify(message.headers)}\n${message.value}`)).toEqual([]);
    }
  });

  it('the application log of the whole run names none of them', () => {
    expect(logLines.some((line) => line.includes('"request completed"'))).toBe(true);
    expect(leaksIn(logLines.join('\n'))).toEqual([]);
    expect(leaksIn(consoleOutput.join(''))).toEqual([]);
  });

  it('no problem document answered to a request that carried them echoes them', () => {
    expect(problems.map((response) => response.status)).toEqual([400, 400, 400, 400, 400, 400, 400, 403, 409, 409, 409, 404, 403]);
    for (const response of problems) {
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect({ status: response.status, leaks: leaksIn(response.text) }).toEqual({ status: response.status, leaks: [] });
    }
  });

  it('the metrics name none of them', () => {
    expect(metrics.status).toBe(200);
    expect(metrics.text).toContain('http_request');
    expect(leaksIn(metrics.text)).toEqual([]);
  });
});
