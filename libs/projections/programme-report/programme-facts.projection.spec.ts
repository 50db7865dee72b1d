import type { DomainEvent } from '@telemed/domain/core';
import { networkProjection } from '../network/network.projection';
import { trainingSessionsProjection } from '../training/training-sessions.projection';
import { techniquesProjection } from '../techniques/techniques.projection';
import { consortiaProjection } from '../consortia/consortia.projection';
import { openProjectionTestbed, RecordedHistory, type ProjectionTestbed } from '../projection.testing';
import { programmeFactsProjection } from './programme-facts.projection';

type Row = Record<string, any>;

const projections = [networkProjection, trainingSessionsProjection, techniquesProjection, consortiaProjection, programmeFactsProjection];
const scope = { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar' };
const event = (type: string, data: Record<string, unknown>): DomainEvent => ({ type, data }) as DomainEvent;

function programme(): RecordedHistory {
  const history = new RecordedHistory();
  history.record('partnership-p-1', [
    event('PartnershipEstablished', { ...scope, programme: 'group-aid', validFrom: '2018-01-01', establishedBy: 'c', establishedAt: '2017-12-01T00:00:00Z' }),
  ]);
  history.record('posting-1', [event('PostingDispatched', { postingId: 'po-1', kind: 'specialist', expertId: 'e-1', ...scope, plannedStart: '2018-08-01', plannedEnd: '2019-07-31', dispatchedBy: 'c', dispatchedAt: '2018-07-01T00:00:00Z' })]);
  history.record('posting-2', [event('PostingDispatched', { postingId: 'po-2', kind: 'management-cadre', person: { name: 'Wang' }, role: '副院长', ...scope, plannedStart: '2019-01-01', plannedEnd: '2020-06-30', dispatchedBy: 'c', dispatchedAt: '2018-12-01T00:00:00Z' })]);
  history.record('visit-1', [event('ShortVisitRecorded', { visitId: 'v-1', ...scope, kind: 'mobile-clinic', expertIds: ['e-1', 'e-2', 'e-3'], start: '2019-05-10', end: '2019-05-16', outcomes: {}, recordedBy: 'c', recordedAt: '2019-05-20T00:00:00Z' })]);
  history.record('technique-1', [
    event('TechniqueProposed', { techniqueId: 't-1', pairingId: 'pair-1', ...scope, name: 'TAVI', fillsRegionalGap: true, proposedOn: '2019-02-01', proposedBy: 'c', proposedAt: '2019-02-01T00:00:00Z' }),
    event('TechniqueFirstPerformed', { techniqueId: 't-1', performedOn: '2019-06-01', supervisingExpertId: 'e-1', recordedBy: 'c', recordedAt: '2019-06-02T00:00:00Z' }),
  ]);
  history.record('training-session-ts-1', [
    event('TrainingSessionPlanned', { trainingSessionId: 'ts-1', ...scope, title: 'Ward round', format: 'ward-round', start: '2019-12-31T16:30:00.000Z', end: '2019-12-31T18:30:00.000Z', trainerExpertIds: ['e-1'], audienceDepartmentIds: [], plannedBy: 'c', plannedAt: '2019-12-01T00:00:00Z' }),
    event('TrainingSessionHeld', { trainingSessionId: 'ts-1', heldAt: '2019-12-31T16:30:00.000Z', recordedBy: 'e-1', recordedAt: '2019-12-31T19:00:00Z' }),
    event('AttendanceRecorded', { trainingSessionId: 'ts-1', attendees: [{ staffId: 'a', name: 'A' }, { staffId: 'b', name: 'B' }], recordedBy: 'e-1', recordedAt: '2020-01-05T00:00:00Z' }),
    event('AttendanceRecorded', { trainingSessionId: 'ts-1', attendees: [{ staffId: 'c', name: 'C' }], recordedBy: 'e-1', recordedAt: '2020-01-06T00:00:00Z' }),
  ]);
  history.record('consortium-k-1', [
    event('ConsortiumFormed', { consortiumId: 'k-1', name: 'Kashgar consortium', kind: 'medical-consortium', leadHospitalId: 'h-kashgar', formedBy: 'c', formedAt: '2018-03-01T00:00:00Z' }),
    event('ConsortiumMemberJoined', { consortiumId: 'k-1', hospitalId: 'h-county-1', joinedOn: '2018-03-02', recordedBy: 'c', recordedAt: '2018-03-02T00:00:00Z' }),
    event('ConsortiumMemberJoined', { consortiumId: 'k-1', hospitalId: 'h-county-2', joinedOn: '2019-04-02', recordedBy: 'c', recordedAt: '2019-04-02T00:00:00Z' }),
  ]);
  return history;
}

async function figures(testbed: ProjectionTestbed): Promise<Array<[string, string, number]>> {
  const rows = await testbed.readModels.all<Row>(`SELECT figure, year, SUM(quantity) AS total FROM programme_facts GROUP BY figure, year ORDER BY figure, year`);
  return rows.map((row) => [row.figure, row.year, Number(row.total)]);
}

describe('the programme report’s facts', () => {
  let testbed: ProjectionTestbed;

  beforeEach(async () => {
    testbed = await openProjectionTestbed(projections);
  });

  afterEach(() => testbed.close());

  it('counts each figure in the Beijing year it happened, with the quantity each event adds', async () => {
    await testbed.apply(programme().all);
    expect(await figures(testbed)).toEqual([
      ['consortia', '2018', 1],
      ['consortiumMembers', '2018', 1],
      ['consortiumMembers', '2019', 1],
      ['managementCadres', '2019', 1],
      ['newTechniques', '2019', 1],
      ['postedSpecialists', '2018', 1],
      ['regionalGapsFilled', '2019', 1],
      ['shortVisitExperts', '2019', 3],
      ['shortVisits', '2019', 1],
      // Held at 00:30 on 1 January 2020 in Beijing, though still 2019 in UTC.
      ['trainingPersonTimes', '2020', 3],
      ['trainingSessions', '2020', 1],
    ]);
  });

  it('keeps where each fact belongs: partnership and hospitals, or the consortium and its lead', async () => {
    await testbed.apply(programme().all);
    expect(await testbed.readModels.get<Row>(`SELECT * FROM programme_facts WHERE figure = 'newTechniques'`)).toMatchObject({
      partnership_id: 'p-1',
      giving_hospital_id: 'h-shanghai',
      receiving_hospital_id: 'h-kashgar',
      subject_id: 't-1',
      event_type: 'TechniqueFirstPerformed',
      occurred_on: '2019-06-01',
    });
    expect(await testbed.readModels.get<Row>(`SELECT * FROM programme_facts WHERE figure = 'consortia'`)).toMatchObject({
      partnership_id: null,
      consortium_id: 'k-1',
      receiving_hospital_id: 'h-kashgar',
    });
  });

  it('counts nothing twice when events are redelivered', async () => {
    const history = programme();
    await testbed.apply(history.all);
    await testbed.apply(history.all);
    expect((await figures(testbed)).find(([figure]) => figure === 'trainingPersonTimes')).toEqual(['trainingPersonTimes', '2020', 3]);
  });
});
