import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';

type Data = Record<string, any>;

/** Each expert's current bookings, whatever activity they are for. */
export const expertScheduleProjection: Projection = {
  name: 'expert-schedule',
  version: 1,
  schema: [
    `CREATE TABLE IF NOT EXISTS expert_bookings (
       expert_id TEXT NOT NULL, booking_id TEXT NOT NULL, activity TEXT NOT NULL,
       slot_start TEXT NOT NULL, slot_end TEXT NOT NULL, booked_at TEXT NOT NULL,
       PRIMARY KEY (expert_id, booking_id))`,
    `CREATE INDEX IF NOT EXISTS expert_bookings_by_time ON expert_bookings (expert_id, slot_start)`,
  ],
  tables: [{ name: 'expert_bookings', orderBy: 'expert_id, booking_id' }],
  eventTypes: ['ExpertBooked', 'ExpertBookingMoved', 'ExpertBookingReleased'],
  async apply(event: RecordedEvent, db: SqlExecutor) {
    const data = event.data as Data;
    switch (event.type) {
      case 'ExpertBooked':
        db.write(
          `INSERT INTO expert_bookings (expert_id, booking_id, activity, slot_start, slot_end, booked_at)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (expert_id, booking_id) DO UPDATE SET slot_start = excluded.slot_start, slot_end = excluded.slot_end`,
          [data.expertId, data.bookingId, data.activity, data.start, data.end, data.bookedAt],
        );
        return;
      case 'ExpertBookingMoved':
        db.write(`UPDATE expert_bookings SET slot_start = ?, slot_end = ? WHERE expert_id = ? AND booking_id = ?`, [
          data.start,
          data.end,
          data.expertId,
          data.bookingId,
        ]);
        return;
      case 'ExpertBookingReleased':
        db.write(`DELETE FROM expert_bookings WHERE expert_id = ? AND booking_id = ?`, [data.expertId, data.bookingId]);
        return;
    }
  },
};
