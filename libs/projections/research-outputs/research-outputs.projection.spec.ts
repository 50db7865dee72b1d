import { researchOutputDecider, researchOutputStreamId } from '@telemed/domain/research-output';
import { compareReadModels } from '../compare-read-models';
import { openProjectionTestbed, RecordedHistory, type ProjectionTestbed } from '../projection.testing';
import { researchOutputsProjection } from './research-outputs.projection';

type Row = Record<string, any>;

const id = 'b1b2c3d4-0000-4000-8000-00000000bbbb';

function paper(): RecordedHistory {
  const history = new RecordedHistory();
  history.decide(researchOutputStreamId(id), researchOutputDecider, {
    type: 'RecordResearchOutput',
    researchOutputId: id,
    partnership: { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar' },
    pairingId: 'pair-1',
    kind: 'paper',
    title: 'Echinococcosis',
    identifier: '10.1186/s12879-026-01234-5',
    date: '2026-06-30',
    by: 'coord',
    now: '2026-09-15T02:00:00Z',
  });
  return history;
}

describe('research outputs projection', () => {
  let live: ProjectionTestbed;
  let rebuilt: ProjectionTestbed;

  beforeEach(async () => {
    live = await openProjectionTestbed([researchOutputsProjection]);
    rebuilt = await openProjectionTestbed([researchOutputsProjection]);
  });

  afterEach(async () => {
    await live.close();
    await rebuilt.close();
  });

  it('keeps a paper with its pairing, DOI and date, once however often it is delivered', async () => {
    const events = paper().all;
    await live.apply([...events, ...events]);
    await rebuilt.apply(events);
    const row = await live.readModels.get<Row>('SELECT * FROM research_outputs WHERE id = ?', [id]);
    expect(row).toMatchObject({ kind: 'paper', pairing_id: 'pair-1', identifier: '10.1186/s12879-026-01234-5', output_date: '2026-06-30' });
    expect(await compareReadModels(live.readModels, rebuilt.readModels, [researchOutputsProjection])).toEqual([]);
  });
});
