import type { RecordedEvent } from '../event-envelope';
import { eventUpcasters } from './event-upcasters';

const stored = (type: string, data: unknown): RecordedEvent => ({
  eventId: 'e-1',
  type,
  schemaVersion: 1,
  streamId: 'training-session-ts-1',
  streamRevision: 0,
  globalPosition: 1n,
  recordedAt: '2023-05-01T02:00:00.000Z',
  data,
  metadata: { actor: { userId: 'coord-1', role: 'coordinator' }, correlationId: 'c-1' },
});

describe('training events written before credits and titles were kept', () => {
  const upcasters = eventUpcasters();

  it('are read at version 2 of their types', () => {
    expect(upcasters.currentVersion('TrainingSessionPlanned')).toBe(2);
    expect(upcasters.currentVersion('AttendanceRecorded')).toBe(2);
  });

  it('a session planned at version 1 awards no credits', () => {
    const read = upcasters.upcast(stored('TrainingSessionPlanned', { trainingSessionId: 'ts-1', title: 'Ward round' }));
    expect(read.schemaVersion).toBe(2);
    expect(read.data).toEqual({ trainingSessionId: 'ts-1', title: 'Ward round' });
  });

  it('a version-1 attendee attended the whole session, with no role or title on record', () => {
    const read = upcasters.upcast(
      stored('AttendanceRecorded', { trainingSessionId: 'ts-1', attendees: [{ staffId: 'KS2-1', name: 'Aynur' }], recordedBy: 'x', recordedAt: 'y' }),
    );
    expect(read.schemaVersion).toBe(2);
    expect((read.data as { attendees: unknown[] }).attendees).toEqual([{ staffId: 'KS2-1', name: 'Aynur' }]);
  });

  it('leaves an event already at version 2 as it was written', () => {
    const attendee = { staffId: 'KS2-1', name: 'Aynur', title: 'senior', minutes: 45 };
    const written = { ...stored('AttendanceRecorded', { trainingSessionId: 'ts-1', attendees: [attendee] }), schemaVersion: 2 };
    expect(upcasters.upcast(written)).toBe(written);
  });
});
