import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { mintToken } from '@telemed/auth';
import { BackboneProcess, ensureBuilt, killLeftoverBackbones } from '../recovery/backbone-process';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { agreementTerms } from '../support/network-fixture';

type Json = Record<string, any>;

const DAY = 86_400_000;
const MINUTE = 60_000;
/** The urgent targets of the partnership's agreement: accepted within a minute, answered within 2 hours, elapsed time. */
const TARGETS = { urgent: { acceptMinutes: 1, answerMinutes: 120 }, routine: { acceptMinutes: 480, answerMinutes: 1440 } };
const CONSULTATIONS = 6;
const CASE_REVIEWS = 4;
/** How often each process looks for passed deadlines: both look many times while the test watches. */
const CHECK_INTERVAL_MS = 200;

/**
 * Two API processes, the built `dist/apps/api/src/main.js` as an operator starts it, on one
 * PostgreSQL event log and read-model store. The accept-by deadlines pass a minute after the
 * requests, while both processes watch: each gets exactly one overdue event, whichever process finds
 * it. Then one process is killed and the other stopped, and both are restarted with their clocks
 * moved three hours ahead (the development mode's DEVELOPMENT_CLOCK_OFFSET_MINUTES), past every
 * answer-by deadline: the deadlines that passed while no process ran are found, each recorded once.
 */
describe('overdue deadlines with two API processes on one PostgreSQL log, killed and restarted with their clocks moved ahead', () => {
  let database: TestDatabase;
  const dirs: string[] = [];
  const started: BackboneProcess[] = [];
  const secret = randomBytes(32).toString('base64url');
  const masterKey = randomBytes(32).toString('base64');

  /**
   * Both processes with their clocks `offsetMinutes` ahead: the first time one after the other (the
   * first provisions the schemas), afterwards at once, as a supervisor restarts them.
   */
  async function startBoth(offsetMinutes: number, together = false): Promise<[BackboneProcess, BackboneProcess]> {
    const processes: BackboneProcess[] = [];
    for (const dir of dirs) {
      // No configured secret: the development mode, the only one that accepts a clock offset. Each
      // data directory holds the same generated secret, so one token is good at either process.
      const process = new BackboneProcess(dir, '', {
        EVENT_STORE: 'postgres',
        READ_MODEL_STORE: 'postgres',
        DATABASE_URL: database.connectionString,
        PATIENT_DATA_MASTER_KEY: masterKey,
        RATE_LIMIT_PER_MINUTE: '0',
        DEADLINE_CHECK_INTERVAL_MS: String(CHECK_INTERVAL_MS),
        DEVELOPMENT_CLOCK_OFFSET_MINUTES: String(offsetMinutes),
      });
      started.push(process);
      if (!together) await process.url;
      processes.push(process);
    }
    await Promise.all(processes.map((process) => process.url));
    return processes as [BackboneProcess, BackboneProcess];
  }

  async function call(process: BackboneProcess, path: string, token: string, body?: Json) {
    const response = await fetch(`${await process.url}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { authorization: `Bearer ${token}`, ...(body && { 'content-type': 'application/json' }) },
      ...(body && { body: JSON.stringify(body) }),
    });
    const answer = (await response.json()) as Json;
    if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  }

  /** The overdue events of the log, by type, as an auditor reads them. */
  async function overdueEvents(process: BackboneProcess, auditor: string): Promise<Record<string, Json[]>> {
    const types = ['ConsultationResponseOverdue', 'ConsultationOpinionOverdue', 'CaseReviewResponseOverdue', 'CaseReviewConclusionOverdue'];
    const byType: Record<string, Json[]> = {};
    for (const type of types) byType[type] = (await call(process, `/v1/audit/events?type=${type}&limit=200`, auditor)).items;
    return byType;
  }

  /** Waits until the log holds `expected` overdue events of each type, then watches a while longer for any extra. */
  async function settle(process: BackboneProcess, auditor: string, expected: Record<string, number>): Promise<Record<string, Json[]>> {
    const counts = (events: Record<string, Json[]>) => Object.fromEntries(Object.entries(events).map(([type, list]) => [type, list.length]));
    const until = Date.now() + 90_000;
    let events = await overdueEvents(process, auditor);
    while (Date.now() < until && Object.entries(expected).some(([type, count]) => events[type].length < count)) {
      await sleep(250);
      events = await overdueEvents(process, auditor);
    }
    // Ten more passes of each process: none may add a second event for a deadline already recorded.
    await sleep(10 * CHECK_INTERVAL_MS);
    events = await overdueEvents(process, auditor);
    expect(counts(events)).toEqual(expected);
    return events;
  }

  /** What one process's own log says it wrote. */
  const writtenBy = (process: BackboneProcess) => [...process.log.matchAll(/(\d+) deadline\(s\) recorded overdue/g)].reduce((total, match) => total + Number(match[1]), 0);
  /** ...summed over every start. */
  const loggedOverdue = () => started.reduce((sum, process) => sum + writtenBy(process), 0);

  beforeAll(async () => {
    ensureBuilt();
    database = await createTestDatabase();
    for (let i = 0; i < 2; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'telemed-deadline-processes-'));
      writeFileSync(join(dir, 'development-jwt-secret'), `${secret}\n`, { mode: 0o600 });
      dirs.push(dir);
    }
  });

  afterAll(async () => {
    await Promise.all(started.map((process) => process.stop()));
    await killLeftoverBackbones();
    await database?.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('records each passed deadline exactly once, whichever process finds it, and loses none to a restart or a kill', async () => {
    // 1. Both processes on the machine's own clock: the network, and requests whose deadlines are all ahead.
    let [a, b] = await startBoth(0);
    const coordinator = await mintToken(secret, { sub: 'coordinator-1', role: 'coordinator' });
    const auditor = await mintToken(secret, { sub: 'auditor-1', role: 'auditor' });
    const giving = await call(a, '/v1/hospitals', coordinator, { name: 'Shanghai Renji Hospital', region: 'Shanghai', timezone: 'Asia/Shanghai' });
    const receiving = await call(b, '/v1/hospitals', coordinator, { name: "Kashgar No. 2 People's Hospital", region: 'Xinjiang', timezone: 'Asia/Shanghai' });
    const givingDepartment = await call(a, `/v1/hospitals/${giving.id}/departments`, coordinator, { name: 'Cardiology', specialty: 'cardiology' });
    const receivingDepartment = await call(b, `/v1/hospitals/${receiving.id}/departments`, coordinator, { name: 'Cardiology', specialty: 'cardiology' });
    const validFrom = new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10);
    const partnership = await call(a, '/v1/partnerships', coordinator, { givingHospitalId: giving.id, receivingHospitalId: receiving.id, programme: 'group-aid', validFrom });
    await call(b, `/v1/partnerships/${partnership.id}/pairings`, coordinator, { givingDepartmentId: givingDepartment.id, receivingDepartmentId: receivingDepartment.id });
    await call(a, `/v1/partnerships/${partnership.id}/agreements`, coordinator, {
      ...agreementTerms(giving.id, receiving.id, { validUntil: undefined, workingTimeOnly: false, responseTargets: TARGETS }),
      validFrom,
    });
    const clinician = await mintToken(secret, { sub: 'dr-aziz', role: 'clinician', hospitalId: receiving.id });
    const requestedAt = Date.now();
    const consultationIds: string[] = [];
    const caseReviewIds: string[] = [];
    let position = '0';
    for (let i = 0; i < CONSULTATIONS; i++) {
      const written = await call(i % 2 === 0 ? a : b, '/v1/consultations', clinician, {
        partnershipId: partnership.id,
        specialty: 'cardiology',
        urgency: 'urgent',
        purpose: 'urgent advice on a broad-complex tachycardia',
        caseSummary: 'Male, 66, palpitations and presyncope',
        patient: { reference: `KS2-C-${i}` },
        consent: { medical: true, dataSharing: true },
      });
      consultationIds.push(written.id);
    }
    for (let i = 0; i < CASE_REVIEWS; i++) {
      const written = await call(i % 2 === 0 ? b : a, '/v1/case-reviews', clinician, {
        partnershipId: partnership.id,
        specialties: ['cardiology'],
        urgency: 'urgent',
        purpose: 'panel plan for recurrent ventricular tachycardia',
        caseSummary: 'Male, 59, ICD shocks despite amiodarone',
        patient: { reference: `KS2-R-${i}` },
        consent: { medical: true, dataSharing: true },
      });
      caseReviewIds.push(written.id);
      position = written.position;
    }
    const last = await call(a, `/v1/case-reviews/${caseReviewIds[CASE_REVIEWS - 1]}?minPosition=${position}`, clinician);
    expect(Date.parse(last.deadlines.accept.due) - Date.parse(last.requestedAt)).toBe(MINUTE);
    // Not due yet: nothing is recorded.
    expect(Date.now()).toBeLessThan(Date.parse(last.deadlines.accept.due) - 5_000);
    expect(Object.values(await overdueEvents(a, auditor)).flat()).toEqual([]);

    // 2. The accept-by deadlines pass while both processes watch, each looking five times a second.
    const accepts = await settle(b, auditor, { ConsultationResponseOverdue: CONSULTATIONS, ConsultationOpinionOverdue: 0, CaseReviewResponseOverdue: CASE_REVIEWS, CaseReviewConclusionOverdue: 0 });
    expect(accepts.ConsultationResponseOverdue.map((event) => event.data.consultationId).sort()).toEqual([...consultationIds].sort());
    expect(accepts.CaseReviewResponseOverdue.map((event) => event.data.caseReviewId).sort()).toEqual([...caseReviewIds].sort());
    // Recorded once the deadline passed, and promptly: within a few passes of a watcher.
    for (const event of [...accepts.ConsultationResponseOverdue, ...accepts.CaseReviewResponseOverdue]) {
      expect(Date.parse(event.data.recordedAt)).toBeGreaterThanOrEqual(Date.parse(event.data.dueAt));
      expect(Date.parse(event.data.recordedAt) - Date.parse(event.data.dueAt)).toBeLessThan(30_000);
      expect(event.metadata.actor).toMatchObject({ userId: 'deadline-watcher', role: 'system' });
    }
    const afterAccepts = loggedOverdue();
    console.log(`accept-by deadlines: ${CONSULTATIONS + CASE_REVIEWS} passed; overdue events written: ${writtenBy(a)} by one process, ${writtenBy(b)} by the other`);
    expect(afterAccepts).toBe(CONSULTATIONS + CASE_REVIEWS);

    // 3. One process killed outright, the other stopped; both restarted three hours ahead, past every answer-by deadline.
    a.kill('SIGKILL');
    await Promise.all([a.exited, b.stop()]);
    [a, b] = await startBoth(180, true);
    const answers = await settle(b, auditor, {
      ConsultationResponseOverdue: CONSULTATIONS,
      ConsultationOpinionOverdue: CONSULTATIONS,
      CaseReviewResponseOverdue: CASE_REVIEWS,
      CaseReviewConclusionOverdue: CASE_REVIEWS,
    });
    expect(answers.ConsultationOpinionOverdue.map((event) => event.data.consultationId).sort()).toEqual([...consultationIds].sort());
    expect(answers.CaseReviewConclusionOverdue.map((event) => event.data.caseReviewId).sort()).toEqual([...caseReviewIds].sort());
    // Recorded on the moved clock: three hours after the requests, although only minutes have passed.
    for (const event of [...answers.ConsultationOpinionOverdue, ...answers.CaseReviewConclusionOverdue]) {
      expect(Date.parse(event.data.recordedAt) - requestedAt).toBeGreaterThanOrEqual(180 * MINUTE);
      expect(Date.parse(event.data.recordedAt) - Date.now()).toBeGreaterThan(170 * MINUTE);
    }
    expect(loggedOverdue()).toBe(2 * (CONSULTATIONS + CASE_REVIEWS));
    console.log(`answer-by deadlines after the kill and restart: ${CONSULTATIONS + CASE_REVIEWS} passed; overdue events written: ${writtenBy(a)} by one process, ${writtenBy(b)} by the other`);

    // Each case's own history holds each of its overdue facts once, in order.
    for (const id of consultationIds) {
      const history = await call(a, `/v1/audit/streams/consultation-${id}`, auditor);
      expect(history.events.map((event: Json) => event.type)).toEqual(['ConsultationRequested', 'ConsultationResponseOverdue', 'ConsultationOpinionOverdue']);
    }
    for (const id of caseReviewIds) {
      const history = await call(b, `/v1/audit/streams/case-review-${id}`, auditor);
      expect(history.events.map((event: Json) => event.type)).toEqual(['CaseReviewRequested', 'CaseReviewResponseOverdue', 'CaseReviewConclusionOverdue']);
    }
    // The coordinator's worklists and the counts, read from either process once its read models hold the last of them, agree with the log.
    const head = Object.values(answers)
      .flat()
      .map((event) => BigInt(event.globalPosition))
      .reduce((highest, at) => (at > highest ? at : highest), 0n);
    const overdueConsultations = await call(a, `/v1/consultations?overdue=true&limit=50&minPosition=${head}`, coordinator);
    expect(overdueConsultations.items).toHaveLength(CONSULTATIONS);
    const overdueReviews = await call(b, `/v1/case-reviews?overdue=true&limit=50&minPosition=${head}`, coordinator);
    expect(overdueReviews.items).toHaveLength(CASE_REVIEWS);
    const counts = await call(a, `/v1/stats/partnerships/${partnership.id}?minPosition=${head}`, coordinator);
    expect(counts.consultations).toMatchObject({ responseOverdue: CONSULTATIONS, opinionOverdue: CONSULTATIONS });
    expect(counts.caseReviews).toMatchObject({ responseOverdue: CASE_REVIEWS, conclusionOverdue: CASE_REVIEWS });
    expect((await call(a, '/v1/audit/verify', auditor, {})).ok).toBe(true);
  }, 300_000);
});
