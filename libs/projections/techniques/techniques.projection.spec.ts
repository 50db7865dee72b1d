import { techniqueDecider, techniqueStreamId, type TechniqueCommand } from '@telemed/domain/technique';
import { compareReadModels } from '../compare-read-models';
import { openProjectionTestbed, RecordedHistory, type ProjectionTestbed } from '../projection.testing';
import { techniquesProjection } from './techniques.projection';

type Row = Record<string, any>;

const id = 'a1b2c3d4-0000-4000-8000-00000000aaaa';
const now = '2026-09-15T02:00:00Z';

function technique(): RecordedHistory {
  const history = new RecordedHistory();
  const decide = (command: TechniqueCommand) => history.decide(techniqueStreamId(id), techniqueDecider, command);
  decide({
    type: 'ProposeTechnique',
    techniqueId: id,
    pairing: { pairingId: 'pair-1', partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar' },
    name: 'TAVI',
    fillsRegionalGap: true,
    proposedOn: '2026-03-01',
    by: 'coord',
    now,
  });
  decide({ type: 'RecordFirstPerformance', performedOn: '2026-04-20', supervisingExpertId: 'exp-1', by: 'coord', now });
  decide({ type: 'RecordTechniqueCases', period: '2026-05', count: 7, by: 'coord', now });
  decide({ type: 'RecordTechniqueCases', period: '2026-06', count: 5, by: 'coord', now });
  return history;
}

describe('techniques projection', () => {
  let live: ProjectionTestbed;
  let rebuilt: ProjectionTestbed;

  beforeEach(async () => {
    live = await openProjectionTestbed([techniquesProjection]);
    rebuilt = await openProjectionTestbed([techniquesProjection]);
  });

  afterEach(async () => {
    await live.close();
    await rebuilt.close();
  });

  it('keeps a technique with its first performance and its cases in total and by month', async () => {
    await live.apply(technique().all);
    const row = await live.readModels.get<Row>('SELECT * FROM techniques WHERE id = ?', [id]);
    expect(row).toMatchObject({ status: 'performed', pairing_id: 'pair-1', name: 'TAVI', performed_on: '2026-04-20', supervising_expert_id: 'exp-1' });
    expect([Number(row!.fills_regional_gap), Number(row!.cases)]).toEqual([1, 12]);
    const months = await live.readModels.all<Row>('SELECT period, count FROM technique_cases WHERE technique_id = ? ORDER BY period', [id]);
    expect(months.map((month) => [month.period, Number(month.count)])).toEqual([['2026-05', 7], ['2026-06', 5]]);
  });

  it('ends with the same tables whether events arrive once or redelivered', async () => {
    const events = technique().all;
    for (const event of events) await live.apply([event, event]);
    await rebuilt.apply(events);
    expect(await compareReadModels(live.readModels, rebuilt.readModels, [techniquesProjection])).toEqual([]);
  });
});
