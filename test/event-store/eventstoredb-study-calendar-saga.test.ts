import { traineeStreamId } from '@telemed/domain/further-study';
import { created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { post } from '../support/consultation-steps';
import { type EventStoreDbTestApp, startEventStoreDbTestApp } from '../support/eventstoredb/eventstoredb-test-app';

/**
 * EventStoreDB cannot append a person's study calendar and a further-study placement in one
 * transaction: the calendar is written first and undone if the placement cannot follow.
 */
describe('no study period is left without its placement on EventStoreDB, which has no multi-stream transactions', () => {
  let t: EventStoreDbTestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    t = await startEventStoreDbTestApp({ now: '2026-12-01T02:00:00Z' });
    network = await seedNetwork(t);
  });

  afterAll(() => t.close());

  const placement = (staffId: string) => ({
    partnershipId: network.partnershipId,
    person: { staffId, name: `Staff ${staffId}` },
    kind: 'further-study',
    hostDepartmentId: network.givingDepartmentId,
    start: '2026-03-01',
    plannedEnd: '2026-08-31',
  });

  const calendarHistoryOf = async (staffId: string) =>
    (await t.store.readStream(traineeStreamId(network.receivingHospitalId, staffId))).map((event) => ({ type: event.type, ...(event.data as object) }));

  it('a study period whose placement cannot be recorded is released again, and the period can be placed later', async () => {
    t.faults.failNextAppend('further-study-', new Error('the disk is full'));
    const answer = await post(t, network.tokens.coordinator, '/v1/further-study', placement('KS2-901'));

    expect(answer.status).toBe(500);
    const history = await calendarHistoryOf('KS2-901');
    expect(history).toEqual([
      expect.objectContaining({ type: 'StudyPeriodBooked' }),
      expect.objectContaining({ type: 'StudyPeriodReleased', reason: expect.stringMatching(/^compensation: further-study-.+ was not written \(the disk is full\)$/) }),
    ]);
    const furtherStudyId = (history[0] as unknown as { period: { furtherStudyId: string } }).period.furtherStudyId;
    expect(await t.store.readStream(`further-study-${furtherStudyId}`)).toEqual([]);

    await created(t, network.tokens.coordinator, '/v1/further-study', placement('KS2-901'));
  });

  it('an early end whose placement cannot be recorded gives the period its former end back', async () => {
    const { id } = await created(t, network.tokens.coordinator, '/v1/further-study', placement('KS2-902'));

    t.faults.failNextAppend('further-study-', new Error('the disk is full'));
    const answer = await post(t, network.tokens.coordinator, `/v1/further-study/${id}/withdrawn`, { at: '2026-05-15', reason: 'family illness' });

    expect(answer.status).toBe(500);
    expect((await calendarHistoryOf('KS2-902')).map((event) => event.type)).toEqual(['StudyPeriodBooked', 'StudyPeriodShortened', 'StudyPeriodBooked']);
    // The placement still runs to its planned end, so the freed days are not free.
    const overlapping = await post(t, network.tokens.coordinator, '/v1/further-study', { ...placement('KS2-902'), start: '2026-06-01', plannedEnd: '2026-12-31' });
    expect(overlapping.status).toBe(409);
    await created(t, network.tokens.coordinator, `/v1/further-study/${id}/withdrawn`, { at: '2026-05-15', reason: 'family illness' });
  });
});
