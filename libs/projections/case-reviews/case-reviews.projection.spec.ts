import { caseReviewDecider, caseReviewStreamId, type CaseReviewCommand } from '@telemed/domain/case-review';
import { compareReadModels } from '../compare-read-models';
import { openProjectionTestbed, RecordedHistory, type ProjectionTestbed } from '../projection.testing';
import { caseReviewsProjection } from './case-reviews.projection';

type Row = Record<string, any>;

const id = '7d1c6a52-3f0e-4c55-9a4e-0b7f1d2c3a01';
const stream = caseReviewStreamId(id);
const liver = { expertId: 'exp-liver', hospitalId: 'h-shanghai', specialty: 'hepatology' };
const heart = { expertId: 'exp-heart', hospitalId: 'h-beijing', specialty: 'cardiology' };
/** Each expert in the department of their specialty; the pulmonology department answers for a pairing of the review. */
const inDepartment = <Expert extends { specialty: string }>(expert: Expert) => ({ ...expert, departmentId: `d-${expert.specialty}` });
const lungs = { expertId: 'exp-lungs', hospitalId: 'h-shanghai', specialty: 'pulmonology' };

/** A full case discussion: three invited, one declines, two accept, scheduled, held, two contributions, concluded. */
function concludedDiscussion(): RecordedHistory {
  const history = new RecordedHistory();
  const decide = (command: CaseReviewCommand) => history.decide(stream, caseReviewDecider, command);
  decide({
    type: 'RequestCaseReview',
    caseReviewId: id,
    partnership: { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar', active: true },
    pairingId: 'pair-1',
    requestingHospitalId: 'h-kashgar',
    specialties: ['hepatology', 'cardiology'],
    purpose: 'treatment plan for hepatic echinococcosis',
    caseSummary: '54-year-old, cystic lesion in the right lobe',
    patient: { reference: 'MRN-0042' },
    consent: { medical: true, dataSharing: true },
    requestedBy: 'clinician-1',
    now: '2026-03-02T01:00:00Z',
  });
  decide({ type: 'InvitePanelists', experts: [liver, heart, lungs].map(inDepartment), pairedDepartmentIds: ['d-pulmonology'], invitedBy: 'clinician-1', now: '2026-03-02T02:00:00Z' });
  decide({ type: 'DeclineInvitation', expertId: 'exp-lungs', reason: 'on leave that week', declinedBy: 'exp-lungs', now: '2026-03-02T03:00:00Z' });
  decide({ type: 'AcceptInvitation', expertId: 'exp-liver', acceptedBy: 'exp-liver', now: '2026-03-02T04:00:00Z' });
  decide({ type: 'AcceptInvitation', expertId: 'exp-heart', acceptedBy: 'exp-heart', now: '2026-03-02T05:00:00Z' });
  decide({ type: 'ScheduleCaseReview', start: '2026-03-05T02:00:00Z', end: '2026-03-05T03:00:00Z', scheduledBy: 'coord', now: '2026-03-02T06:00:00Z' });
  decide({ type: 'ScheduleCaseReview', start: '2026-03-06T02:00:00Z', end: '2026-03-06T03:00:00Z', scheduledBy: 'coord', now: '2026-03-03T06:00:00Z' });
  decide({ type: 'StartCaseReview', startedBy: 'coord', now: '2026-03-06T02:00:00Z' });
  decide({ type: 'RecordContribution', expertId: 'exp-liver', opinion: 'resect the cyst', recordedBy: 'exp-liver', now: '2026-03-06T02:20:00Z' });
  decide({ type: 'RecordContribution', expertId: 'exp-heart', opinion: 'fit for surgery', recordedBy: 'exp-heart', now: '2026-03-06T02:30:00Z' });
  decide({ type: 'ConcludeCaseReview', conclusion: 'surgery within two weeks', concludedBy: 'exp-liver', now: '2026-03-06T02:55:00Z' });
  return history;
}

describe('case reviews projection', () => {
  let live: ProjectionTestbed;
  let rebuilt: ProjectionTestbed;

  beforeEach(async () => {
    live = await openProjectionTestbed([caseReviewsProjection]);
    rebuilt = await openProjectionTestbed([caseReviewsProjection]);
  });

  afterEach(async () => {
    await live.close();
    await rebuilt.close();
  });

  it('follows a case discussion from request to conclusion', async () => {
    await live.apply(concludedDiscussion().all);

    const row = await live.readModels.get<Row>('SELECT * FROM case_reviews WHERE id = ?', [id]);
    expect(row).toMatchObject({
      status: 'concluded',
      partnership_id: 'p-1',
      pairing_id: 'pair-1',
      requesting_hospital_id: 'h-kashgar',
      giving_hospital_id: 'h-shanghai',
      requested_at: '2026-03-02T01:00:00Z',
      scheduled_start: '2026-03-06T02:00:00Z',
      scheduled_end: '2026-03-06T03:00:00Z',
      started_at: '2026-03-06T02:00:00Z',
      concluded_at: '2026-03-06T02:55:00Z',
      conclusion: 'surgery within two weeks',
      concluded_by: 'exp-liver',
      updated_at: '2026-03-06T02:55:00Z',
    });
    expect(Number(row!.reschedule_count)).toBe(1);
    expect(JSON.parse(row!.specialties)).toEqual(['hepatology', 'cardiology']);
  });

  it('keeps one panel row per invited expert with their answer and reason', async () => {
    await live.apply(concludedDiscussion().all);

    const panel = await live.readModels.all<Row>(
      'SELECT expert_id, hospital_id, answer, reason, answered_at FROM case_review_panel WHERE case_review_id = ? ORDER BY expert_id',
      [id],
    );
    expect(panel).toEqual([
      { expert_id: 'exp-heart', hospital_id: 'h-beijing', answer: 'accepted', reason: null, answered_at: '2026-03-02T05:00:00Z' },
      { expert_id: 'exp-liver', hospital_id: 'h-shanghai', answer: 'accepted', reason: null, answered_at: '2026-03-02T04:00:00Z' },
      { expert_id: 'exp-lungs', hospital_id: 'h-shanghai', answer: 'declined', reason: 'on leave that week', answered_at: '2026-03-02T03:00:00Z' },
    ]);
  });

  it('records each contribution under the panelist who gave it, in the order given', async () => {
    await live.apply(concludedDiscussion().all);

    const contributions = await live.readModels.all<Row>(
      'SELECT expert_id, opinion, recorded_at FROM case_review_contributions WHERE case_review_id = ? ORDER BY position',
      [id],
    );
    expect(contributions).toEqual([
      { expert_id: 'exp-liver', opinion: 'resect the cyst', recorded_at: '2026-03-06T02:20:00Z' },
      { expert_id: 'exp-heart', opinion: 'fit for surgery', recorded_at: '2026-03-06T02:30:00Z' },
    ]);
  });

  it('ends with the same tables whether events arrive once, in batches or redelivered', async () => {
    const events = concludedDiscussion().all;
    for (let index = 0; index < events.length; index += 3) await live.apply(events.slice(index, index + 4));
    await live.apply(events);
    await rebuilt.apply(events);

    expect(await compareReadModels(live.readModels, rebuilt.readModels, [caseReviewsProjection])).toEqual([]);
    const count = await live.readModels.get<Row>('SELECT COUNT(*) AS n FROM case_review_contributions');
    expect(Number(count!.n)).toBe(2);
  });

  it('keeps the deadlines: met by the first acceptance and by the conclusion, or recorded overdue', async () => {
    const history = new RecordedHistory();
    const decide = (command: CaseReviewCommand) => history.decide(stream, caseReviewDecider, command);
    decide({
      type: 'RequestCaseReview',
      caseReviewId: id,
      partnership: { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar', active: true },
      pairingId: 'pair-1',
      requestingHospitalId: 'h-kashgar',
      specialties: ['hepatology', 'cardiology'],
      purpose: 'second opinion',
      caseSummary: 'summary',
      patient: { reference: 'MRN-8' },
      consent: { medical: true, dataSharing: true },
      requestedBy: 'clinician-1',
      urgency: 'urgent',
      clock: { agreementId: 'agreement-1', acceptMinutes: 30, answerMinutes: 720 },
      now: '2026-03-02T01:00:00Z',
    });
    decide({ type: 'RecordCaseReviewOverdue', deadline: 'accept', now: '2026-03-02T01:45:00Z' });
    decide({ type: 'InvitePanelists', experts: [inDepartment(liver), inDepartment(heart)], pairedDepartmentIds: [], invitedBy: 'clinician-1', now: '2026-03-02T02:00:00Z' });
    decide({ type: 'AcceptInvitation', expertId: 'exp-heart', acceptedBy: 'exp-heart', now: '2026-03-02T03:00:00Z' });
    decide({ type: 'AcceptInvitation', expertId: 'exp-liver', acceptedBy: 'exp-liver', now: '2026-03-02T04:00:00Z' });
    await live.apply(history.all);

    const deadlines = () =>
      live.readModels.get<Row>('SELECT urgency, accept_due, accept_met_at, accept_overdue_at, answer_due, answer_overdue_at FROM case_reviews WHERE id = ?', [id]);
    expect(await deadlines()).toEqual({
      urgency: 'urgent',
      accept_due: '2026-03-02T01:30:00.000Z',
      accept_met_at: '2026-03-02T03:00:00Z',
      accept_overdue_at: '2026-03-02T01:45:00Z',
      answer_due: '2026-03-02T13:00:00.000Z',
      answer_overdue_at: null,
    });
    await live.apply(decide({ type: 'RecordCaseReviewOverdue', deadline: 'answer', now: '2026-03-02T13:05:00Z' }));
    expect(await deadlines()).toMatchObject({ answer_overdue_at: '2026-03-02T13:05:00Z' });
  });

  it('records a cancellation with its reason', async () => {
    const history = new RecordedHistory();
    history.decide(stream, caseReviewDecider, {
      type: 'RequestCaseReview',
      caseReviewId: id,
      partnership: { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar', active: true },
      pairingId: 'pair-1',
      requestingHospitalId: 'h-kashgar',
      specialties: ['hepatology'],
      purpose: 'second opinion',
      caseSummary: 'summary',
      patient: { reference: 'MRN-7' },
      consent: { medical: true, dataSharing: true },
      requestedBy: 'clinician-1',
      now: '2026-03-02T01:00:00Z',
    });
    history.decide(stream, caseReviewDecider, { type: 'CancelCaseReview', reason: 'patient transferred', cancelledBy: 'clinician-1', now: '2026-03-03T01:00:00Z' });
    await live.apply(history.all);

    const row = await live.readModels.get<Row>('SELECT status, pairing_id, cancelled_at, cancel_reason FROM case_reviews WHERE id = ?', [id]);
    expect(row).toEqual({ status: 'cancelled', pairing_id: 'pair-1', cancelled_at: '2026-03-03T01:00:00Z', cancel_reason: 'patient transferred' });
  });
});
