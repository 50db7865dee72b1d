import { consortiumDecider, consortiumStreamId, type ConsortiumCommand } from '@telemed/domain/consortium';
import { compareReadModels } from '../compare-read-models';
import { openProjectionTestbed, RecordedHistory, type ProjectionTestbed } from '../projection.testing';
import { consortiaProjection } from './consortia.projection';

type Row = Record<string, any>;

const id = 'c1b2c3d4-0000-4000-8000-00000000cccc';
const now = '2026-09-15T02:00:00Z';

function consortium(): RecordedHistory {
  const history = new RecordedHistory();
  const decide = (command: ConsortiumCommand) => history.decide(consortiumStreamId(id), consortiumDecider, command);
  decide({ type: 'FormConsortium', consortiumId: id, name: 'Kashgar consortium', kind: 'medical-consortium', leadHospitalId: 'h-kashgar', by: 'coord', now });
  decide({ type: 'JoinConsortium', hospitalId: 'h-yengisar', joinedOn: '2026-04-01', by: 'coord', now });
  decide({ type: 'JoinConsortium', hospitalId: 'h-shule', joinedOn: '2026-04-01', by: 'coord', now });
  decide({ type: 'LeaveConsortium', hospitalId: 'h-yengisar', leftOn: '2026-06-30', by: 'coord', now });
  decide({ type: 'JoinConsortium', hospitalId: 'h-yengisar', joinedOn: '2026-09-01', by: 'coord', now });
  return history;
}

describe('consortia projection', () => {
  let live: ProjectionTestbed;
  let rebuilt: ProjectionTestbed;

  beforeEach(async () => {
    live = await openProjectionTestbed([consortiaProjection]);
    rebuilt = await openProjectionTestbed([consortiaProjection]);
  });

  afterEach(async () => {
    await live.close();
    await rebuilt.close();
  });

  it('keeps each membership with its joining and leaving dates, a rejoining as a new one', async () => {
    await live.apply(consortium().all);
    const members = await live.readModels.all<Row>('SELECT hospital_id, joined_on, left_on FROM consortium_members ORDER BY hospital_id, joined_on');
    expect(members).toEqual([
      { hospital_id: 'h-shule', joined_on: '2026-04-01', left_on: null },
      { hospital_id: 'h-yengisar', joined_on: '2026-04-01', left_on: '2026-06-30' },
      { hospital_id: 'h-yengisar', joined_on: '2026-09-01', left_on: null },
    ]);
  });

  it('ends with the same tables whether events arrive once or redelivered', async () => {
    const events = consortium().all;
    for (const event of events) await live.apply([event, event]);
    await live.apply(events);
    await rebuilt.apply(events);
    expect(await compareReadModels(live.readModels, rebuilt.readModels, [consortiaProjection])).toEqual([]);
  });
});
