import { trainingDecider, trainingSessionStreamId, type TrainingCommand } from '@telemed/domain/training';
import { compareReadModels } from '../compare-read-models';
import { openProjectionTestbed, RecordedHistory, type ProjectionTestbed } from '../projection.testing';
import { trainingSessionsProjection } from './training-sessions.projection';

type Row = Record<string, any>;

const id = '3b0f2e61-5a3c-4f1e-8d2b-6c9a0e4f7b10';
const stream = trainingSessionStreamId(id);

function heldSession(): RecordedHistory {
  const history = new RecordedHistory();
  const decide = (command: TrainingCommand) => history.decide(stream, trainingDecider, command);
  decide({
    type: 'PlanTrainingSession',
    trainingSessionId: id,
    partnership: { partnershipId: 'p-1', givingHospitalId: 'h-shanghai', receivingHospitalId: 'h-kashgar', active: true },
    pairingId: 'pair-1',
    title: 'Reading coronary angiograms',
    format: 'lecture',
    start: '2026-03-10T02:00:00Z',
    end: '2026-03-10T04:00:00Z',
    trainerExpertIds: ['exp-heart'],
    audienceDepartmentIds: ['dept-cardio'],
    plannedBy: 'coord',
    now: '2026-03-02T01:00:00Z',
  });
  decide({ type: 'RescheduleTrainingSession', start: '2026-03-11T02:00:00Z', end: '2026-03-11T04:00:00Z', by: 'coord', now: '2026-03-03T01:00:00Z' });
  decide({ type: 'MarkTrainingSessionHeld', recordedBy: 'exp-heart', now: '2026-03-11T05:00:00Z' });
  decide({
    type: 'RecordAttendance',
    attendees: [{ staffId: 'n-1', name: 'Aynur' }, { staffId: 'n-2', name: 'Dilnur' }, { staffId: 'n-3', name: 'Ekber' }],
    recordedBy: 'exp-heart',
    now: '2026-03-11T05:10:00Z',
  });
  // Posted again with two people already recorded and one newcomer.
  decide({
    type: 'RecordAttendance',
    attendees: [{ staffId: 'n-2', name: 'Dilnur' }, { staffId: 'n-3', name: 'Ekber' }, { staffId: 'n-4', name: 'Gulnar' }],
    recordedBy: 'coord',
    now: '2026-03-11T06:00:00Z',
  });
  return history;
}

describe('training sessions projection', () => {
  let live: ProjectionTestbed;
  let rebuilt: ProjectionTestbed;

  beforeEach(async () => {
    live = await openProjectionTestbed([trainingSessionsProjection]);
    rebuilt = await openProjectionTestbed([trainingSessionsProjection]);
  });

  afterEach(async () => {
    await live.close();
    await rebuilt.close();
  });

  it('keeps a held session with its rescheduled slot and held-at time', async () => {
    await live.apply(heldSession().all);

    const row = await live.readModels.get<Row>('SELECT * FROM training_sessions WHERE id = ?', [id]);
    expect(row).toMatchObject({
      status: 'held',
      partnership_id: 'p-1',
      pairing_id: 'pair-1',
      giving_hospital_id: 'h-shanghai',
      receiving_hospital_id: 'h-kashgar',
      format: 'lecture',
      slot_start: '2026-03-11T02:00:00Z',
      slot_end: '2026-03-11T04:00:00Z',
      held_at: '2026-03-11T02:00:00Z',
      held_recorded_at: '2026-03-11T05:00:00Z',
    });
    expect(Number(row!.reschedule_count)).toBe(1);
    expect(JSON.parse(row!.trainer_expert_ids)).toEqual(['exp-heart']);
  });

  it('counts a person once per session when attendance is posted twice', async () => {
    await live.apply(heldSession().all);

    const attendance = await live.readModels.all<Row>(
      'SELECT staff_id FROM training_attendance WHERE session_id = ? ORDER BY staff_id',
      [id],
    );
    expect(attendance.map((row) => row.staff_id)).toEqual(['n-1', 'n-2', 'n-3', 'n-4']);
    const row = await live.readModels.get<Row>('SELECT person_times FROM training_sessions WHERE id = ?', [id]);
    expect(Number(row!.person_times)).toBe(4);
  });

  it('keeps who first recorded each attendee and when, for the attendance list read back', async () => {
    await live.apply(heldSession().all);

    const attendance = await live.readModels.all<Row>(
      'SELECT staff_id, name, recorded_by, recorded_at FROM training_attendance WHERE session_id = ? ORDER BY name, staff_id',
      [id],
    );
    expect(attendance).toEqual([
      { staff_id: 'n-1', name: 'Aynur', recorded_by: 'exp-heart', recorded_at: '2026-03-11T05:10:00Z' },
      { staff_id: 'n-2', name: 'Dilnur', recorded_by: 'exp-heart', recorded_at: '2026-03-11T05:10:00Z' },
      { staff_id: 'n-3', name: 'Ekber', recorded_by: 'exp-heart', recorded_at: '2026-03-11T05:10:00Z' },
      { staff_id: 'n-4', name: 'Gulnar', recorded_by: 'coord', recorded_at: '2026-03-11T06:00:00Z' },
    ]);
  });

  it('ends with the same tables whether events arrive once, in batches or redelivered', async () => {
    const events = heldSession().all;
    for (const event of events) await live.apply([event, event]);
    await live.apply(events);
    await rebuilt.apply(events);

    expect(await compareReadModels(live.readModels, rebuilt.readModels, [trainingSessionsProjection])).toEqual([]);
    const row = await live.readModels.get<Row>('SELECT person_times FROM training_sessions WHERE id = ?', [id]);
    expect(Number(row!.person_times)).toBe(4);
  });

  it('records a cancelled session with its reason', async () => {
    const history = new RecordedHistory();
    const plan = heldSession().all[0];
    history.record(stream, [{ type: plan.type, data: plan.data }]);
    history.decide(stream, trainingDecider, { type: 'CancelTrainingSession', reason: 'trainer ill', cancelledBy: 'coord', now: '2026-03-04T00:00:00Z' });
    await live.apply(history.all);

    const row = await live.readModels.get<Row>('SELECT status, cancelled_at, cancel_reason, person_times FROM training_sessions WHERE id = ?', [id]);
    expect(row).toMatchObject({ status: 'cancelled', cancelled_at: '2026-03-04T00:00:00Z', cancel_reason: 'trainer ill' });
    expect(Number(row!.person_times)).toBe(0);
  });
});
