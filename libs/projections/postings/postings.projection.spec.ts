import { postingDecider, postingStreamId, type PostingCommand } from '@telemed/domain/posting';
import { compareReadModels } from '../compare-read-models';
import { openProjectionTestbed, RecordedHistory, type ProjectionTestbed } from '../projection.testing';
import { postingsProjection } from './postings.projection';

type Row = Record<string, any>;

const specialistId = '5e1c7a20-3b4d-4f6e-9a8b-1c2d3e4f5a60';
const cadreId = '5e1c7a20-3b4d-4f6e-9a8b-1c2d3e4f5a61';
const partnership = { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar', active: true };

function postings(): RecordedHistory {
  const history = new RecordedHistory();
  const decide = (id: string, command: PostingCommand) => history.decide(postingStreamId(id), postingDecider, command);
  const by = { by: 'coord', now: '2027-06-01T01:00:00Z' };
  decide(specialistId, {
    type: 'DispatchPosting',
    postingId: specialistId,
    partnership,
    kind: 'specialist',
    expertId: 'exp-heart',
    pairingId: 'pair-1',
    receivingDepartmentId: 'dept-cardio',
    plannedStart: '2026-03-01',
    plannedEnd: '2027-02-28',
    dispatchedBy: 'coord',
    now: '2026-02-20T01:00:00Z',
  });
  decide(cadreId, {
    type: 'DispatchPosting',
    postingId: cadreId,
    partnership,
    kind: 'management-cadre',
    person: { name: 'Zhang Wei', title: 'chief physician' },
    role: '副院长',
    plannedStart: '2026-03-01',
    plannedEnd: '2027-08-31',
    dispatchedBy: 'coord',
    now: '2026-02-20T01:00:00Z',
  });
  decide(specialistId, { type: 'RecordPostingArrival', arrivedOn: '2026-03-02', ...by });
  decide(specialistId, { type: 'ExtendPosting', newEnd: '2027-08-31', ...by });
  decide(specialistId, { type: 'CutPostingShort', endsOn: '2027-05-31', reason: 'recalled to Shanghai', ...by });
  decide(specialistId, { type: 'RecordPostingReturn', returnedOn: '2027-05-31', ...by });
  return history;
}

describe('postings projection', () => {
  let live: ProjectionTestbed;
  let rebuilt: ProjectionTestbed;

  beforeEach(async () => {
    live = await openProjectionTestbed([postingsProjection]);
    rebuilt = await openProjectionTestbed([postingsProjection]);
  });

  afterEach(async () => {
    await live.close();
    await rebuilt.close();
  });

  it('keeps a specialist’s term as planned, extended and cut short, with the days on site', async () => {
    await live.apply(postings().all);

    const row = await live.readModels.get<Row>('SELECT * FROM postings WHERE id = ?', [specialistId]);
    expect(row).toMatchObject({
      status: 'returned',
      kind: 'specialist',
      expert_id: 'exp-heart',
      pairing_id: 'pair-1',
      receiving_department_id: 'dept-cardio',
      planned_start: '2026-03-01',
      original_end: '2027-02-28',
      planned_end: '2027-05-31',
      arrived_on: '2026-03-02',
      returned_on: '2027-05-31',
      cut_short_on: '2027-05-31',
      cut_short_reason: 'recalled to Shanghai',
    });
    expect(Number(row!.extension_count)).toBe(1);
  });

  it('keeps a cadre by name and post, not yet on site', async () => {
    await live.apply(postings().all);

    const row = await live.readModels.get<Row>('SELECT * FROM postings WHERE id = ?', [cadreId]);
    expect(row).toMatchObject({ status: 'dispatched', kind: 'management-cadre', expert_id: null, person_name: 'Zhang Wei', role: '副院长', arrived_on: null });
  });

  it('ends with the same tables whether events arrive once, in batches or redelivered', async () => {
    const events = postings().all;
    for (const event of events) await live.apply([event, event]);
    await live.apply(events);
    await rebuilt.apply(events);

    expect(await compareReadModels(live.readModels, rebuilt.readModels, [postingsProjection])).toEqual([]);
    const row = await live.readModels.get<Row>('SELECT extension_count FROM postings WHERE id = ?', [specialistId]);
    expect(Number(row!.extension_count)).toBe(1);
  });
});
