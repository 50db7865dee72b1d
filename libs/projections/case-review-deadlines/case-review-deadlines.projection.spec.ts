import { caseReviewDecider, caseReviewStreamId, type CaseReviewCommand } from '@telemed/domain/case-review';
import { openProjectionTestbed, RecordedHistory, type ProjectionTestbed } from '../projection.testing';
import { caseReviewDeadlinesProjection, dueCaseReviewDeadlines } from './case-review-deadlines.projection';

const stream = caseReviewStreamId('cr-1');
const liver = { expertId: 'exp-liver', hospitalId: 'h-shanghai', specialty: 'hepatology', departmentId: 'd-hepatology' };

/** Requested routine on Monday 09:00 Beijing: a panellist accepts within 8 hours, the panel concludes within 3 days. */
function requested(history: RecordedHistory, clock = true) {
  history.decide(stream, caseReviewDecider, {
    type: 'RequestCaseReview',
    caseReviewId: 'cr-1',
    partnership: { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar', active: true },
    pairingId: 'pair-1',
    requestingHospitalId: 'h-kashgar',
    specialties: ['hepatology'],
    purpose: 'treatment plan',
    caseSummary: 'cystic lesion',
    patient: { reference: 'MRN-1' },
    consent: { medical: true, dataSharing: true },
    requestedBy: 'clinician-1',
    ...(clock && { clock: { agreementId: 'agreement-1', acceptMinutes: 480, answerMinutes: 4320 } }),
    now: '2025-03-10T01:00:00.000Z',
  });
}

describe('the case reviews\' running deadlines read model', () => {
  let testbed: ProjectionTestbed;

  beforeEach(async () => {
    testbed = await openProjectionTestbed([caseReviewDeadlinesProjection]);
  });
  afterEach(() => testbed.close());

  const running = () => testbed.readModels.all('SELECT kind, due_at AS "dueAt" FROM case_review_deadlines ORDER BY kind');

  it('lists both deadlines of a new request, and lists as due only those passed', async () => {
    const history = new RecordedHistory();
    requested(history);
    await testbed.apply(history.all);
    expect(await running()).toEqual([
      { kind: 'accept', dueAt: '2025-03-10T09:00:00.000Z' },
      { kind: 'answer', dueAt: '2025-03-13T01:00:00.000Z' },
    ]);
    expect(await dueCaseReviewDeadlines(testbed.readModels, '2025-03-10T09:30:00.000Z', 10)).toEqual([{ caseReviewId: 'cr-1', kind: 'accept', dueAt: '2025-03-10T09:00:00.000Z' }]);
  });

  it('drops the accept deadline at the first acceptance or once recorded overdue, and the answer deadline at the conclusion', async () => {
    const history = new RecordedHistory();
    const decide = (command: CaseReviewCommand) => history.decide(stream, caseReviewDecider, command);
    requested(history);
    decide({ type: 'RecordCaseReviewOverdue', deadline: 'accept', now: '2025-03-10T09:01:00.000Z' });
    await testbed.apply(history.all);
    expect(await running()).toEqual([{ kind: 'answer', dueAt: '2025-03-13T01:00:00.000Z' }]);

    const later = [
      ...decide({ type: 'InvitePanelists', experts: [liver], pairedDepartmentIds: [], invitedBy: 'clinician-1', now: '2025-03-10T10:00:00.000Z' }),
      ...decide({ type: 'AcceptInvitation', expertId: 'exp-liver', acceptedBy: 'exp-liver', now: '2025-03-10T11:00:00.000Z' }),
      ...decide({ type: 'ScheduleCaseReview', start: '2025-03-11T02:00:00.000Z', end: '2025-03-11T03:00:00.000Z', scheduledBy: 'coord-1', now: '2025-03-10T12:00:00.000Z' }),
      ...decide({ type: 'StartCaseReview', startedBy: 'coord-1', now: '2025-03-11T02:00:00.000Z' }),
      ...decide({ type: 'ConcludeCaseReview', conclusion: 'resect', concludedBy: 'coord-1', now: '2025-03-11T03:00:00.000Z' }),
    ];
    await testbed.apply(later);
    expect(await running()).toEqual([]);
  });

  it('drops both deadlines when the review is cancelled', async () => {
    const history = new RecordedHistory();
    requested(history);
    history.decide(stream, caseReviewDecider, { type: 'CancelCaseReview', reason: 'transferred', cancelledBy: 'clinician-1', now: '2025-03-10T02:00:00.000Z' });
    await testbed.apply(history.all);
    expect(await running()).toEqual([]);
  });

  it('lists nothing for a request made without response targets', async () => {
    const history = new RecordedHistory();
    requested(history, false);
    await testbed.apply(history.all);
    expect(await running()).toEqual([]);
  });
});
