import { furtherStudyDecider, furtherStudyStreamId, type FurtherStudyCommand } from '@telemed/domain/further-study';
import { compareReadModels } from '../compare-read-models';
import { openProjectionTestbed, RecordedHistory, type ProjectionTestbed } from '../projection.testing';
import { furtherStudyProjection } from './further-study.projection';

type Row = Record<string, any>;

const completedId = '9d1e2f30-4a5b-4c6d-8e7f-0a1b2c3d4e50';
const withdrawnId = '9d1e2f30-4a5b-4c6d-8e7f-0a1b2c3d4e51';
const now = '2026-12-01T02:00:00Z';

function placements(): RecordedHistory {
  const history = new RecordedHistory();
  const decide = (id: string, command: FurtherStudyCommand) => history.decide(furtherStudyStreamId(id), furtherStudyDecider, command);
  const start = (id: string, staffId: string, kind: string) =>
    decide(id, {
      type: 'StartFurtherStudy',
      furtherStudyId: id,
      partnership: { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar', active: true },
      kind,
      person: { staffId, name: `Staff ${staffId}`, title: 'resident' },
      hostDepartmentId: 'dep-sh',
      start: '2026-03-01',
      plannedEnd: '2026-08-31',
      by: 'coord',
      now,
    });
  start(completedId, 's-1', 'further-study');
  start(withdrawnId, 's-2', 'in-service-postgraduate');
  decide(completedId, { type: 'CompleteFurtherStudy', completedOn: '2026-08-31', certificate: 'RJ-0413', by: 'coord', now });
  decide(withdrawnId, { type: 'WithdrawFromFurtherStudy', withdrawnOn: '2026-05-15', reason: 'family illness', by: 'coord', now });
  return history;
}

describe('further study projection', () => {
  let live: ProjectionTestbed;
  let rebuilt: ProjectionTestbed;

  beforeEach(async () => {
    live = await openProjectionTestbed([furtherStudyProjection]);
    rebuilt = await openProjectionTestbed([furtherStudyProjection]);
  });

  afterEach(async () => {
    await live.close();
    await rebuilt.close();
  });

  it('keeps a completed placement with its certificate and a withdrawn one with its reason', async () => {
    await live.apply(placements().all);
    const rows = await live.readModels.all<Row>('SELECT id, status, kind, staff_id, person_name, ended_on, certificate, withdrawal_reason FROM further_study ORDER BY id');
    expect(rows).toEqual([
      { id: completedId, status: 'completed', kind: 'further-study', staff_id: 's-1', person_name: 'Staff s-1', ended_on: '2026-08-31', certificate: 'RJ-0413', withdrawal_reason: null },
      { id: withdrawnId, status: 'withdrawn', kind: 'in-service-postgraduate', staff_id: 's-2', person_name: 'Staff s-2', ended_on: '2026-05-15', certificate: null, withdrawal_reason: 'family illness' },
    ]);
  });

  it('ends with the same table whether events arrive once or redelivered', async () => {
    const events = placements().all;
    for (const event of events) await live.apply([event, event]);
    await rebuilt.apply(events);
    expect(await compareReadModels(live.readModels, rebuilt.readModels, [furtherStudyProjection])).toEqual([]);
  });
});
