import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { ProjectionBatch } from '../rows/projection-batch';
import { readModelTable } from '../rows/read-model-table';

type Data = Record<string, any>;

const bookings = readModelTable(`CREATE TABLE IF NOT EXISTS expert_bookings (
       expert_id TEXT NOT NULL, booking_id TEXT NOT NULL, activity TEXT NOT NULL,
       slot_start TEXT NOT NULL, slot_end TEXT NOT NULL, booked_at TEXT NOT NULL,
       PRIMARY KEY (expert_id, booking_id))`);

/** Each expert's current bookings, whatever activity they are for. */
export const expertScheduleProjection: Projection = {
  name: 'expert-schedule',
  version: 1,
  schema: [
    bookings.ddl,
    `CREATE INDEX IF NOT EXISTS expert_bookings_by_time ON expert_bookings (expert_id, slot_start)`,
  ],
  tables: [{ name: 'expert_bookings', orderBy: 'expert_id, booking_id' }],
  eventTypes: ['ExpertBooked', 'ExpertBookingMoved', 'ExpertBookingReleased'],
  async prefetch(events, batch) {
    await batch.rows(bookings).prefetch(events.map((event) => [(event.data as Data).expertId, (event.data as Data).bookingId]));
  },
  async apply(event: RecordedEvent, batch: ProjectionBatch) {
    const data = event.data as Data;
    const rows = batch.rows(bookings);
    const key = [data.expertId, data.bookingId];
    switch (event.type) {
      case 'ExpertBooked': {
        // Booked again: the new slot, the first booking's activity and time.
        const booked = await rows.get(key);
        if (booked) await rows.update(key, { slot_start: data.start, slot_end: data.end });
        else await rows.insert({ expert_id: data.expertId, booking_id: data.bookingId, activity: data.activity, slot_start: data.start, slot_end: data.end, booked_at: data.bookedAt });
        return;
      }
      case 'ExpertBookingMoved':
        await rows.update(key, { slot_start: data.start, slot_end: data.end });
        return;
      case 'ExpertBookingReleased':
        rows.delete(key);
        return;
    }
  },
};
