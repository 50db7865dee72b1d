import { BookingDiary, type ExpertBooking } from './expert.diary';

const booking = (bookingId: string, start: string, end: string): ExpertBooking => ({ bookingId, activity: 'consultation', start, end });
const ids = (diary: BookingDiary): string[] => diary.list().map((entry) => entry.bookingId);

const nine = booking('b-9', '2024-05-07T09:00:00Z', '2024-05-07T10:00:00Z');
const eleven = booking('b-11', '2024-05-07T11:00:00Z', '2024-05-07T12:00:00Z');
const thirteen = booking('b-13', '2024-05-07T13:00:00+08:00', '2024-05-07T14:00:00+08:00');

describe('an expert’s diary of bookings not yet ended', () => {
  it('keeps its bookings sorted by the instant they start, whatever the offset they were written with', () => {
    const diary = BookingDiary.of([eleven, nine, thirteen]);
    expect(ids(diary)).toEqual(['b-13', 'b-9', 'b-11']);
    expect(diary.size).toBe(3);
  });

  it('a change answers a new diary and leaves the old one as it was', () => {
    const before = BookingDiary.of([nine]);
    const after = before.with(eleven).without('b-9');
    expect(ids(before)).toEqual(['b-9']);
    expect(ids(after)).toEqual(['b-11']);
  });

  it('entering a booking under an id it holds moves that booking', () => {
    const diary = BookingDiary.of([nine, eleven]).with({ ...nine, start: '2024-05-07T12:00:00Z', end: '2024-05-07T13:00:00Z' });
    expect(diary.list()).toEqual([eleven, { ...nine, start: '2024-05-07T12:00:00Z', end: '2024-05-07T13:00:00Z' }]);
    expect(diary.size).toBe(2);
  });

  it('finds the booking a slot would overlap, before it, inside it or after its start', () => {
    const diary = BookingDiary.of([nine, eleven]);
    expect(diary.clashWith({ start: '2024-05-07T09:30:00Z', end: '2024-05-07T10:30:00Z' }, 'new')?.bookingId).toBe('b-9');
    expect(diary.clashWith({ start: '2024-05-07T08:00:00Z', end: '2024-05-07T13:00:00Z' }, 'new')?.bookingId).toBe('b-9');
    expect(diary.clashWith({ start: '2024-05-07T10:30:00Z', end: '2024-05-07T11:30:00Z' }, 'new')?.bookingId).toBe('b-11');
  });

  it('a slot touching a booking does not clash, nor does the booking with itself', () => {
    const diary = BookingDiary.of([nine, eleven]);
    expect(diary.clashWith({ start: '2024-05-07T10:00:00Z', end: '2024-05-07T11:00:00Z' }, 'new')).toBeUndefined();
    expect(diary.clashWith({ start: '2024-05-07T09:30:00Z', end: '2024-05-07T10:30:00Z' }, 'b-9')).toBeUndefined();
    expect(diary.clashWith({ start: '2024-05-07T09:30:00Z', end: '2024-05-07T11:30:00Z' }, 'b-9')?.bookingId).toBe('b-11');
  });

  it('forgets the bookings that ended before an instant, and keeps one ending exactly then', () => {
    const diary = BookingDiary.of([nine, eleven]);
    expect(ids(diary.notEndedAt('2024-05-07T10:00:00Z'))).toEqual(['b-9', 'b-11']);
    expect(ids(diary.notEndedAt('2024-05-07T10:00:00.001Z'))).toEqual(['b-11']);
    expect(ids(diary.notEndedAt('2024-05-08T00:00:00Z'))).toEqual([]);
  });

  it('lists the bookings that overlap a range', () => {
    const diary = BookingDiary.of([nine, eleven]);
    expect(ids(BookingDiary.of(diary.within({ start: '2024-05-07T09:30:00Z', end: '2024-05-07T11:00:00Z' })))).toEqual(['b-9']);
    expect(diary.within({ start: '2024-05-07T09:30:00Z', end: '2024-05-07T11:00:01Z' }).map((entry) => entry.bookingId)).toEqual(['b-9', 'b-11']);
  });

  it('answers as the whole list would, over thousands of random bookings and changes', () => {
    let diary = BookingDiary.empty();
    const reference = new Map<string, ExpertBooking>();
    let seed = 7;
    const random = (below: number): number => (seed = (seed * 48271) % 2147483647) % below;
    const hour = (index: number): string => new Date(Date.UTC(2025, 0, 1) + index * 3_600_000).toISOString();
    for (let step = 0; step < 3000; step++) {
      const slotIndex = random(2000);
      const slot = { start: hour(slotIndex), end: hour(slotIndex + 1) };
      const id = `b-${random(1500)}`;
      if (random(4) === 0) {
        diary = diary.without(id);
        reference.delete(id);
      } else if (!diary.clashWith(slot, id)) {
        diary = diary.with({ bookingId: id, activity: 'training', ...slot });
        reference.set(id, { bookingId: id, activity: 'training', ...slot });
      }
    }
    const expected = [...reference.values()].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    expect(diary.list()).toEqual(expected);
    expect(diary.size).toBe(expected.length);
    for (const entry of expected) expect(diary.get(entry.bookingId)).toEqual(entry);
  });
});
