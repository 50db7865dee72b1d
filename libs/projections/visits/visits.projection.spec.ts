import { visitDecider, visitStreamId } from '@telemed/domain/visit';
import { compareReadModels } from '../compare-read-models';
import { openProjectionTestbed, RecordedHistory, type ProjectionTestbed } from '../projection.testing';
import { visitsProjection } from './visits.projection';

type Row = Record<string, any>;

const id = '7c2d9e10-4a5b-4c6d-8e7f-0a1b2c3d4e5f';

function visit(): RecordedHistory {
  const history = new RecordedHistory();
  history.decide(visitStreamId(id), visitDecider, {
    type: 'RecordShortVisit',
    visitId: id,
    partnership: { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar', activeOnStart: true },
    kind: 'mobile-clinic',
    expertIds: ['exp-1', 'exp-2', 'exp-3'],
    start: '2026-05-10',
    end: '2026-05-16',
    place: 'Yengisar',
    outcomes: { clinicsHeld: 6, patientsSeen: 412, operationsGuided: 3 },
    recordedBy: 'coord',
    now: '2026-05-20T02:00:00Z',
  });
  return history;
}

describe('short visits projection', () => {
  let live: ProjectionTestbed;
  let rebuilt: ProjectionTestbed;

  beforeEach(async () => {
    live = await openProjectionTestbed([visitsProjection]);
    rebuilt = await openProjectionTestbed([visitsProjection]);
  });

  afterEach(async () => {
    await live.close();
    await rebuilt.close();
  });

  it('keeps a visit with its experts, dates, place and outcomes', async () => {
    await live.apply(visit().all);
    const row = await live.readModels.get<Row>('SELECT * FROM visits WHERE id = ?', [id]);
    expect(row).toMatchObject({ kind: 'mobile-clinic', start_date: '2026-05-10', end_date: '2026-05-16', place: 'Yengisar' });
    expect([row!.expert_count, row!.clinics_held, row!.patients_seen, row!.operations_guided, row!.lectures].map(Number)).toEqual([3, 6, 412, 3, 0]);
  });

  it('ends with the same table whether the event arrives once or redelivered', async () => {
    const events = visit().all;
    await live.apply([...events, ...events]);
    await rebuilt.apply(events);
    expect(await compareReadModels(live.readModels, rebuilt.readModels, [visitsProjection])).toEqual([]);
  });
});
