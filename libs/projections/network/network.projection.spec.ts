import { expertDecider, expertStreamId } from '@telemed/domain/expert';
import { hospitalDecider, hospitalStreamId, type HospitalCommand, type HospitalState } from '@telemed/domain/hospital';
import { partnershipDecider, partnershipStreamId } from '@telemed/domain/partnership';
import { compareReadModels } from '../compare-read-models';
import { openProjectionTestbed, RecordedHistory, type ProjectionTestbed } from '../projection.testing';
import { networkProjection } from './network.projection';

type Row = Record<string, any>;

/** A hospital's state after its own recorded events, as the application layer loads it for other commands. */
function stateOf(history: RecordedHistory, hospitalId: string): HospitalState {
  return history.all
    .filter((event) => event.streamId === hospitalStreamId(hospitalId))
    .reduce((state, event) => hospitalDecider.evolve(state, { type: event.type, data: event.data } as never), hospitalDecider.initialState());
}

/** Shanghai aids Kashgar in cardiology: two hospitals, a department each, a partnership, a pairing and an expert with free slots. */
function cardiologyNetwork(): RecordedHistory {
  const history = new RecordedHistory();
  const hospital = (hospitalId: string, command: HospitalCommand) => history.decide(hospitalStreamId(hospitalId), hospitalDecider, command);
  const now = '2026-03-01T00:00:00Z';
  hospital('h-shanghai', {
    type: 'RegisterHospital',
    hospitalId: 'h-shanghai',
    name: 'Shanghai Renji Hospital',
    nameZh: '上海交通大学医学院附属仁济医院',
    region: 'Shanghai',
    timezone: 'Asia/Shanghai',
    registeredBy: 'coord',
    now,
  });
  hospital('h-kashgar', { type: 'RegisterHospital', hospitalId: 'h-kashgar', name: "Kashgar No. 2 People's Hospital", region: 'Xinjiang', timezone: 'Asia/Shanghai', workingHours: { start: '09:30', end: '19:00' }, registeredBy: 'coord', now });
  hospital('h-shanghai', { type: 'AddDepartment', departmentId: 'd-sh-cardio', name: 'Department of Cardiology', specialty: 'cardiology', addedBy: 'coord', now });
  hospital('h-kashgar', { type: 'AddDepartment', departmentId: 'd-ks-cardio', name: 'Cardiology', specialty: 'cardiology', addedBy: 'coord', now });
  const partnership = partnershipStreamId('p-1');
  history.decide(partnership, partnershipDecider, {
    type: 'EstablishPartnership',
    partnershipId: 'p-1',
    givingHospital: stateOf(history, 'h-shanghai'),
    receivingHospital: stateOf(history, 'h-kashgar'),
    programme: 'group-aid',
    validFrom: '2026-01-01',
    establishedBy: 'coord',
    now: '2026-03-01T01:00:00Z',
  });
  history.decide(partnership, partnershipDecider, {
    type: 'PairDepartments',
    pairingId: 'pair-1',
    givingDepartmentId: 'd-sh-cardio',
    receivingDepartmentId: 'd-ks-cardio',
    givingHospital: stateOf(history, 'h-shanghai'),
    receivingHospital: stateOf(history, 'h-kashgar'),
    pairedBy: 'coord',
    now: '2026-03-01T02:00:00Z',
  });
  history.decide(expertStreamId('e-zhang'), expertDecider, {
    type: 'RegisterExpert',
    expertId: 'e-zhang',
    name: 'Dr. Zhang Wei',
    hospital: stateOf(history, 'h-shanghai'),
    departmentId: 'd-sh-cardio',
    specialty: 'cardiology',
    title: 'chief-physician',
    licensedSince: '2012-09-01',
    registeredBy: 'coord',
    now: '2026-03-01T03:00:00Z',
  });
  history.decide(expertStreamId('e-zhang'), expertDecider, {
    type: 'PublishAvailability',
    slots: [{ start: '2026-03-05T01:00:00+08:00', end: '2026-03-05T03:00:00+08:00' }],
    publishedBy: 'e-zhang',
    now: '2026-03-01T04:00:00Z',
  });
  return history;
}

describe('network projection', () => {
  let live: ProjectionTestbed;
  let rebuilt: ProjectionTestbed;

  beforeEach(async () => {
    live = await openProjectionTestbed([networkProjection]);
    rebuilt = await openProjectionTestbed([networkProjection]);
  });

  afterEach(async () => {
    await live.close();
    await rebuilt.close();
  });

  it('keeps each hospital with its names in both languages where given, and its departments', async () => {
    await live.apply(cardiologyNetwork().all);

    expect(await live.readModels.all<Row>('SELECT id, name, name_zh, region, working_start FROM hospitals ORDER BY id')).toEqual([
      { id: 'h-kashgar', name: "Kashgar No. 2 People's Hospital", name_zh: null, region: 'Xinjiang', working_start: '09:30' },
      { id: 'h-shanghai', name: 'Shanghai Renji Hospital', name_zh: '上海交通大学医学院附属仁济医院', region: 'Shanghai', working_start: '08:00' },
    ]);
    expect(await live.readModels.all<Row>('SELECT id, hospital_id, name, specialty FROM departments ORDER BY id')).toEqual([
      { id: 'd-ks-cardio', hospital_id: 'h-kashgar', name: 'Cardiology', specialty: 'cardiology' },
      { id: 'd-sh-cardio', hospital_id: 'h-shanghai', name: 'Department of Cardiology', specialty: 'cardiology' },
    ]);
  });

  it('keeps a partnership with its two hospitals and its pairing of departments', async () => {
    await live.apply(cardiologyNetwork().all);

    expect(await live.readModels.get<Row>('SELECT giving_hospital_id, receiving_hospital_id, programme, valid_from, valid_until FROM partnerships WHERE id = ?', ['p-1'])).toEqual({
      giving_hospital_id: 'h-shanghai',
      receiving_hospital_id: 'h-kashgar',
      programme: 'group-aid',
      valid_from: '2026-01-01',
      valid_until: null,
    });
    expect(await live.readModels.all<Row>('SELECT id, partnership_id, giving_department_id, receiving_department_id, receiving_specialty FROM pairings')).toEqual([
      { id: 'pair-1', partnership_id: 'p-1', giving_department_id: 'd-sh-cardio', receiving_department_id: 'd-ks-cardio', receiving_specialty: 'cardiology' },
    ]);
  });

  it('keeps an expert with hospital, department, specialty and title, and their free slots in UTC', async () => {
    await live.apply(cardiologyNetwork().all);

    expect(await live.readModels.get<Row>('SELECT name, hospital_id, department_id, specialty, title FROM experts WHERE id = ?', ['e-zhang'])).toEqual({
      name: 'Dr. Zhang Wei',
      hospital_id: 'h-shanghai',
      department_id: 'd-sh-cardio',
      specialty: 'cardiology',
      title: 'chief-physician',
    });
    expect(await live.readModels.all<Row>('SELECT slot_start, slot_end FROM expert_availability WHERE expert_id = ?', ['e-zhang'])).toEqual([
      { slot_start: '2026-03-04T17:00:00.000Z', slot_end: '2026-03-04T19:00:00.000Z' },
    ]);
  });

  it('ends with the same tables whether events arrive once, in batches or redelivered', async () => {
    const events = cardiologyNetwork().all;
    for (const event of events) await live.apply([event, event]);
    await live.apply(events);
    await rebuilt.apply(events);

    expect(await compareReadModels(live.readModels, rebuilt.readModels, [networkProjection])).toEqual([]);
    expect(await live.readModels.get<Row>('SELECT COUNT(*) AS experts FROM experts')).toEqual({ experts: 1 });
  });
});
