import { caseReviewDecider, caseReviewStreamId } from '@telemed/domain/case-review';
import { trainingDecider, trainingSessionStreamId, type Attendee } from '@telemed/domain/training';
import { caseReviewsProjection } from '../case-reviews/case-reviews.projection';
import { trainingSessionsProjection } from '../training/training-sessions.projection';
import { openProjectionTestbed, RecordedHistory, type ProjectionTestbed } from '../projection.testing';
import { activityFactsProjection } from './activity-facts.projection';

type Row = Record<string, any>;

const projections = [caseReviewsProjection, trainingSessionsProjection, activityFactsProjection];
const partnership = { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar', active: true };

function requestCaseReview(history: RecordedHistory, caseReviewId: string, now: string) {
  history.decide(caseReviewStreamId(caseReviewId), caseReviewDecider, {
    type: 'RequestCaseReview',
    caseReviewId,
    partnership,
    pairingId: 'pair-1',
    requestingHospitalId: 'h-kashgar',
    specialties: ['hepatology'],
    purpose: 'treatment plan',
    caseSummary: 'summary',
    patient: { reference: `MRN-${caseReviewId}` },
    consent: { medical: true, dataSharing: true },
    requestedBy: 'clinician-1',
    now,
  });
}

function concludeCaseReview(history: RecordedHistory, caseReviewId: string, start: string, concludedAt: string) {
  const stream = caseReviewStreamId(caseReviewId);
  const expert = { expertId: 'exp-liver', hospitalId: 'h-shanghai', specialty: 'hepatology' };
  history.decide(stream, caseReviewDecider, { type: 'InvitePanelists', experts: [{ ...expert, departmentId: 'd-hepatology' }], pairedDepartmentIds: [], invitedBy: 'coord', now: start });
  history.decide(stream, caseReviewDecider, { type: 'AcceptInvitation', expertId: 'exp-liver', acceptedBy: 'exp-liver', now: start });
  history.decide(stream, caseReviewDecider, { type: 'ScheduleCaseReview', start, end: concludedAt, scheduledBy: 'coord', now: start });
  history.decide(stream, caseReviewDecider, { type: 'StartCaseReview', startedBy: 'coord', now: start });
  history.decide(stream, caseReviewDecider, { type: 'ConcludeCaseReview', conclusion: 'operate', concludedBy: 'coord', now: concludedAt });
}

function holdSession(history: RecordedHistory, trainingSessionId: string, start: string, attendance: Attendee[][]) {
  const stream = trainingSessionStreamId(trainingSessionId);
  const end = new Date(Date.parse(start) + 3_600_000).toISOString();
  history.decide(stream, trainingDecider, {
    type: 'PlanTrainingSession',
    trainingSessionId,
    partnership,
    title: 'Ward round',
    format: 'ward-round',
    start,
    end,
    trainerExpertIds: ['exp-heart'],
    plannedBy: 'coord',
    now: '2026-03-01T00:00:00Z',
  });
  history.decide(stream, trainingDecider, { type: 'MarkTrainingSessionHeld', recordedBy: 'coord', now: end });
  // Attendance is often entered weeks later; it still counts in the month the session was held.
  for (const attendees of attendance) {
    history.decide(stream, trainingDecider, { type: 'RecordAttendance', attendees, recordedBy: 'coord', now: '2026-05-20T00:00:00Z' });
  }
}

const person = (staffId: string): Attendee => ({ staffId, name: staffId });

async function totals(testbed: ProjectionTestbed): Promise<Row[]> {
  return testbed.readModels.all<Row>(
    `SELECT activity, metric, period, SUM(amount) AS total FROM activity_facts
     GROUP BY activity, metric, period ORDER BY activity, metric, period`,
  );
}

describe('activity facts of case reviews and training', () => {
  let testbed: ProjectionTestbed;

  beforeEach(async () => {
    testbed = await openProjectionTestbed(projections);
  });

  afterEach(() => testbed.close());

  it('counts case reviews requested, concluded and cancelled by Beijing month of their business time', async () => {
    const history = new RecordedHistory();
    requestCaseReview(history, 'cr-1', '2026-03-31T15:59:00Z');
    requestCaseReview(history, 'cr-2', '2026-03-31T16:00:00Z');
    concludeCaseReview(history, 'cr-1', '2026-04-02T02:00:00Z', '2026-04-02T03:00:00Z');
    history.decide(caseReviewStreamId('cr-2'), caseReviewDecider, {
      type: 'CancelCaseReview',
      reason: 'patient discharged',
      cancelledBy: 'clinician-1',
      now: '2026-04-30T16:30:00Z',
    });
    await testbed.apply(history.all);

    expect((await totals(testbed)).map((row) => [row.metric, row.period, Number(row.total)])).toEqual([
      ['cancelled', '2026-05', 1],
      ['concluded', '2026-04', 1],
      ['requested', '2026-03', 1],
      ['requested', '2026-04', 1],
    ]);
    const fact = await testbed.readModels.get<Row>(`SELECT * FROM activity_facts WHERE metric = 'concluded'`);
    expect(fact).toMatchObject({
      activity: 'caseReviews',
      partnership_id: 'p-1',
      pairing_id: 'pair-1',
      giving_hospital_id: 'h-shanghai',
      receiving_hospital_id: 'h-kashgar',
      occurred_at: '2026-04-02T03:00:00Z',
    });
  });

  it('counts a case review\'s missed deadlines in the Beijing month they fell due', async () => {
    const history = new RecordedHistory();
    const stream = caseReviewStreamId('cr-late');
    history.decide(stream, caseReviewDecider, {
      type: 'RequestCaseReview',
      caseReviewId: 'cr-late',
      partnership,
      pairingId: 'pair-1',
      requestingHospitalId: 'h-kashgar',
      specialties: ['hepatology'],
      purpose: 'treatment plan',
      caseSummary: 'summary',
      patient: { reference: 'MRN-late' },
      consent: { medical: true, dataSharing: true },
      requestedBy: 'clinician-1',
      // Due 2026-03-31T15:30Z (March in Beijing) and 2026-04-01T15:00Z (April), recorded later.
      clock: { agreementId: 'agreement-1', acceptMinutes: 30, answerMinutes: 1440 },
      now: '2026-03-31T15:00:00Z',
    });
    history.decide(stream, caseReviewDecider, { type: 'RecordCaseReviewOverdue', deadline: 'accept', now: '2026-03-31T16:30:00Z' });
    history.decide(stream, caseReviewDecider, { type: 'RecordCaseReviewOverdue', deadline: 'answer', now: '2026-04-02T00:00:00Z' });
    await testbed.apply(history.all);

    expect((await totals(testbed)).map((row) => [row.metric, row.period, Number(row.total)])).toEqual([
      ['conclusionOverdue', '2026-04', 1],
      ['requested', '2026-03', 1],
      ['responseOverdue', '2026-03', 1],
    ]);
  });

  it('counts sessions held and person-times in the Beijing month the session was held', async () => {
    const history = new RecordedHistory();
    holdSession(history, 'ts-april', '2026-03-31T17:00:00Z', [[person('a'), person('b')], [person('b'), person('c')]]);
    holdSession(history, 'ts-march', '2026-03-31T15:00:00Z', [[person('a'), person('d'), person('e')]]);
    await testbed.apply(history.all);

    expect((await totals(testbed)).map((row) => [row.metric, row.period, Number(row.total)])).toEqual([
      ['personTimes', '2026-03', 3],
      ['personTimes', '2026-04', 3],
      ['sessionsHeld', '2026-03', 1],
      ['sessionsHeld', '2026-04', 1],
    ]);
  });

  it('counts materials attached to case reviews, files and study references apart, in the Beijing month attached', async () => {
    const history = new RecordedHistory();
    requestCaseReview(history, 'cr-1', '2026-03-30T00:00:00Z');
    const attached = (materialId: string, attachedAt: string, material: Row) => ({
      type: 'CaseReviewMaterialAttached',
      data: { caseReviewId: 'cr-1', materialId, ...material, attachedBy: 'clinician-1', attachedAt },
    });
    const file = { file: { sha256: 'a'.repeat(64), size: 10, mediaType: 'application/pdf', blobAddress: 'b'.repeat(64), keyVersion: 1 }, fileName: 'ecg.pdf' };
    history.record(caseReviewStreamId('cr-1'), [
      attached('m-1', '2026-03-31T15:00:00Z', file),
      attached('m-2', '2026-03-31T16:30:00Z', file),
      attached('m-3', '2026-03-31T16:40:00Z', { dicomStudy: { archive: 'PACS-1' }, studyInstanceUid: '1.2.3' }),
    ]);
    // A material of a case this read model never saw requested has no scope: it is not counted.
    history.record(caseReviewStreamId('cr-unknown'), [{ type: 'CaseReviewMaterialAttached', data: { caseReviewId: 'cr-unknown', materialId: 'm-4', ...file, attachedBy: 'c', attachedAt: '2026-04-01T00:00:00Z' } }]);
    await testbed.apply(history.all);

    const materials = (await totals(testbed)).filter((row) => row.activity === 'materials');
    expect(materials.map((row) => [row.metric, row.period, Number(row.total)])).toEqual([
      ['dicomStudies', '2026-04', 1],
      ['files', '2026-03', 1],
      ['files', '2026-04', 1],
    ]);
    expect(await testbed.readModels.get<Row>(`SELECT partnership_id, receiving_hospital_id FROM activity_facts WHERE activity = 'materials' LIMIT 1`)).toEqual({
      partnership_id: 'p-1',
      receiving_hospital_id: 'h-kashgar',
    });
  });

  it('counts nothing twice when events are redelivered', async () => {
    const history = new RecordedHistory();
    requestCaseReview(history, 'cr-1', '2026-03-10T00:00:00Z');
    holdSession(history, 'ts-1', '2026-03-10T02:00:00Z', [[person('a'), person('b')], [person('b'), person('c')]]);
    await testbed.apply(history.all);
    await testbed.apply(history.all);

    expect((await totals(testbed)).map((row) => [row.activity, row.metric, Number(row.total)])).toEqual([
      ['caseReviews', 'requested', 1],
      ['training', 'personTimes', 3],
      ['training', 'sessionsHeld', 1],
    ]);
  });
});
