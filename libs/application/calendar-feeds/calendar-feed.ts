import { Inject, Injectable } from '@nestjs/common';
import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus } from 'ical-generator';
import type { TimeSlot } from '@telemed/domain/core';
import type { ReadModelStore } from '@telemed/projections';
import { Clock, READ_MODELS } from '../infrastructure/tokens';
import { toHospitalClock } from '../network/expert-schedule.query';
import { type HospitalClock, localSlot } from '../network/working-hours';
import type { FeedSubject } from './calendar-feed-subscriptions';

type Row = Record<string, any>;

const DAY_MS = 86_400_000;
/** A feed carries the bookings of this many days back and ahead of now: what a phone's calendar keeps. */
export const FEED_DAYS_BEFORE = 90;
export const FEED_DAYS_AFTER = 366;
/** How often a calendar application is asked to fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 300;

const ACTIVITY_LABELS: Record<string, string> = {
  consultation: 'Remote consultation',
  'case-review': 'Case review',
  training: 'Training session',
};

/**
 * An iCalendar (RFC 5545) feed of bookings, read from the expert-schedule read model at each
 * request, so a change shows as soon as the projection has applied it. Events are written in the
 * time zone of the feed's hospital, which the feed describes in a VTIMEZONE; each event's
 * description gives the slot in the local time of both hospitals. Nothing of the patient is read:
 * only the activity, the hospitals, the expert and, for training, its title.
 */
@Injectable()
export class CalendarFeed {
  constructor(
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
    private readonly clock: Clock,
  ) {}

  /** The feed as text; undefined when its expert or department is not (or no longer) in the read models. */
  async render(subject: FeedSubject, subjectId: string): Promise<string | undefined> {
    const now = Date.parse(this.clock.now());
    const from = new Date(now - FEED_DAYS_BEFORE * DAY_MS).toISOString();
    const to = new Date(now + FEED_DAYS_AFTER * DAY_MS).toISOString();
    const owner =
      subject === 'expert'
        ? await this.db.get<Row>('SELECT name, hospital_id FROM experts WHERE id = ?', [subjectId])
        : await this.db.get<Row>('SELECT name, hospital_id FROM departments WHERE id = ?', [subjectId]);
    if (!owner) return undefined;
    const hospitalRow = await this.db.get<Row>('SELECT * FROM hospitals WHERE id = ?', [owner.hospital_id]);
    if (!hospitalRow) return undefined;
    const home = toHospitalClock(hospitalRow);
    const bookings = await this.db.all<Row>(
      `SELECT b.expert_id, b.booking_id, b.activity, b.slot_start, b.slot_end, e.name AS expert_name, t.title AS training_title,
              h.id, h.name, h.timezone, h.working_start, h.working_end
       FROM expert_bookings b
       JOIN experts e ON e.id = b.expert_id
       LEFT JOIN consultations c ON b.activity = 'consultation' AND c.id = b.booking_id
       LEFT JOIN case_reviews cr ON b.activity = 'case-review' AND cr.id = b.booking_id
       LEFT JOIN training_sessions t ON b.activity = 'training' AND t.id = b.booking_id
       LEFT JOIN hospitals h ON h.id = COALESCE(c.requesting_hospital_id, cr.requesting_hospital_id, t.receiving_hospital_id)
       WHERE ${subject === 'expert' ? 'b.expert_id = ?' : 'e.department_id = ?'} AND b.slot_start < ? AND b.slot_end > ?
       ORDER BY b.slot_start, b.booking_id, b.expert_id`,
      [subjectId, to, from],
    );

    const calendar = ical({
      name: subject === 'expert' ? `${owner.name}: bookings` : `${owner.name}, ${home.name}: bookings`,
      prodId: { company: 'telemed-backbone', product: 'calendar-feeds', language: 'EN' },
      timezone: { name: home.timezone, generator: getVtimezoneComponent },
      ttl: REFRESH_SECONDS,
    });
    const stamp = new Date(now);
    for (const booking of bookings) {
      const slot: TimeSlot = { start: booking.slot_start, end: booking.slot_end };
      const counterpart = booking.id ? toHospitalClock(booking) : undefined;
      const activity = ACTIVITY_LABELS[booking.activity] ?? booking.activity;
      const what = booking.activity === 'training' && booking.training_title ? `${activity}: ${booking.training_title}` : activity;
      const summary = [subject === 'department' ? `${booking.expert_name}: ` : '', what, counterpart ? ` with ${counterpart.name}` : ''].join('');
      calendar.createEvent({
        id: `${booking.booking_id}.${booking.expert_id}@telemed-backbone`,
        start: new TZDate(Date.parse(slot.start), home.timezone),
        end: new TZDate(Date.parse(slot.end), home.timezone),
        timezone: home.timezone,
        stamp,
        summary,
        status: ICalEventStatus.CONFIRMED,
        description: [
          `${what} (${booking.activity} ${booking.booking_id})`,
          ...(subject === 'department' ? [`Expert: ${booking.expert_name}`] : []),
          describeLocal(slot, home),
          ...(counterpart ? [describeLocal(slot, counterpart)] : []),
        ].join('\n'),
      });
    }
    return calendar.toString();
  }
}

/** "Kashgar No. 2 People's Hospital (Asia/Shanghai): 2026-03-03 10:00–11:00", with the end's date when it differs. */
function describeLocal(slot: TimeSlot, hospital: HospitalClock): string {
  const local = localSlot(slot, hospital);
  const startDay = local.start.slice(0, 10);
  const endDay = local.end.slice(0, 10);
  const span = `${startDay} ${local.start.slice(11, 16)}–${endDay === startDay ? '' : `${endDay} `}${local.end.slice(11, 16)}`;
  return `${hospital.name} (${hospital.timezone}): ${span}`;
}
