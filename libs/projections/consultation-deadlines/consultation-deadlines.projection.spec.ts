import { consultationDecider } from '@telemed/domain/consultation';
import { acceptedAt, questionAskedAt, requestedWith, signedAt } from '@telemed/domain/consultation/consultation.fixtures.testing';
import { openProjectionTestbed, RecordedHistory, type ProjectionTestbed } from '../projection.testing';
import { consultationDeadlinesProjection, dueDeadlines } from './consultation-deadlines.projection';

describe('the running deadlines read model', () => {
  let testbed: ProjectionTestbed;

  beforeEach(async () => {
    testbed = await openProjectionTestbed([consultationDeadlinesProjection]);
  });
  afterEach(() => testbed.close());

  const running = () => testbed.readModels.all('SELECT kind, due_at AS "dueAt" FROM consultation_deadlines ORDER BY kind');

  it('lists both deadlines of a new request, and lists as due only those passed', async () => {
    const history = new RecordedHistory();
    history.record('consultation-c', [requestedWith()]);
    await testbed.apply(history.all);
    expect(await running()).toEqual([
      { kind: 'accept', dueAt: '2025-03-10T01:30:00.000Z' },
      { kind: 'answer', dueAt: '2025-03-11T01:00:00.000Z' },
    ]);
    expect((await dueDeadlines(testbed.readModels, '2025-03-10T02:00:00.000Z', 10)).map((due) => due.kind)).toEqual(['accept']);
  });

  it('drops the accept deadline once accepted, pauses the answer deadline while information is awaited, and brings it back moved on', async () => {
    const history = new RecordedHistory();
    history.record('consultation-c', [requestedWith(), acceptedAt('2025-03-10T01:10:00.000Z'), questionAskedAt('2025-03-10T02:00:00.000Z')]);
    await testbed.apply(history.all);
    expect(await running()).toEqual([]);
    const [answer] = history.decide('consultation-c', consultationDecider, { type: 'ProvideInformation', answer: 'EF 45%', answeredBy: 'user-dr-aziz', now: '2025-03-10T06:00:00.000Z' });
    await testbed.apply([answer]);
    expect(await running()).toEqual([{ kind: 'answer', dueAt: '2025-03-11T05:00:00.000Z' }]);
    await testbed.apply(history.record('consultation-c', [signedAt('2025-03-10T09:00:00.000Z')]));
    expect(await running()).toEqual([]);
  });

  it('lists nothing for a request made without response targets', async () => {
    const history = new RecordedHistory();
    history.record('consultation-c', [requestedWith(null)]);
    await testbed.apply(history.all);
    expect(await running()).toEqual([]);
  });
});
