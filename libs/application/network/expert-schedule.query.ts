import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { InvalidValue, NotFound, type TimeSlot } from '@telemed/domain/core';
import { clipSlots, mergeSlots, subtractSlots } from '@telemed/domain/expert';
import type { AuthenticatedUser } from '@telemed/auth';
import type { ReadModelStore } from '@telemed/projections';
import { Clock, READ_MODELS } from '../infrastructure/tokens';
import { IsInstant } from '../requests/dto';
import { requireAllowed } from '../access/scope';
import { ReadQueryDto } from '../reading/read-query.dto';
import { HospitalClock, localSlot, workingHoursWarnings } from './working-hours';

type Row = Record<string, any>;

const DEFAULT_RANGE_DAYS = 14;
const MAX_RANGE_DAYS = 92;
const DAY_MS = 86_400_000;

export class ScheduleRangeDto extends ReadQueryDto {
  @ApiPropertyOptional({ description: 'start of the range (default: now)' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: `end of the range (default: from + ${DEFAULT_RANGE_DAYS} days)` })
  @IsOptional()
  @IsInstant()
  to?: string;
}

export class GetExpertSchedule {
  constructor(
    readonly expertId: string,
    readonly range: ScheduleRangeDto,
    readonly user: AuthenticatedUser,
  ) {}
}

export function toHospitalClock(row: Row): HospitalClock {
  return { hospitalId: row.id, name: row.name, timezone: row.timezone, workingHours: { start: row.working_start, end: row.working_end } };
}

/**
 * An expert's calendar: bookings and free slots, each in the expert's local time and, for a
 * booking, in the local time of the hospital on the other side (the receiving hospital of the
 * consultation, case review or training session), with a warning when the slot is outside either
 * side's working hours.
 */
@QueryHandler(GetExpertSchedule)
export class GetExpertScheduleHandler implements IQueryHandler<GetExpertSchedule> {
  constructor(
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
    private readonly clock: Clock,
  ) {}

  async execute({ expertId, range, user }: GetExpertSchedule) {
    requireAllowed('expert.read-schedule', user, { ownerId: expertId }, 'an expert sees only their own schedule');
    const expert = await this.db.get<Row>('SELECT * FROM experts WHERE id = ?', [expertId]);
    if (!expert) throw new NotFound('expert', expertId);
    const from = new Date(range.from ?? this.clock.now()).toISOString();
    const to = new Date(range.to ?? Date.parse(from) + DEFAULT_RANGE_DAYS * DAY_MS).toISOString();
    if (to <= from) throw new InvalidValue('to', 'must be after from');
    if (Date.parse(to) - Date.parse(from) > MAX_RANGE_DAYS * DAY_MS) throw new InvalidValue('to', 'the range may span at most {days} days', undefined, { days: MAX_RANGE_DAYS });

    const hospitalRow = await this.db.get<Row>('SELECT * FROM hospitals WHERE id = ?', [expert.hospital_id]);
    if (!hospitalRow) throw new NotFound('hospital', expert.hospital_id);
    const expertHospital = toHospitalClock(hospitalRow);
    const bookings = await this.db.all<Row>(
      `SELECT b.booking_id, b.activity, b.slot_start, b.slot_end, h.id, h.name, h.timezone, h.working_start, h.working_end
       FROM expert_bookings b
       LEFT JOIN consultations c ON b.activity = 'consultation' AND c.id = b.booking_id
       LEFT JOIN case_reviews cr ON b.activity = 'case-review' AND cr.id = b.booking_id
       LEFT JOIN training_sessions t ON b.activity = 'training' AND t.id = b.booking_id
       LEFT JOIN hospitals h ON h.id = COALESCE(c.requesting_hospital_id, cr.requesting_hospital_id, t.receiving_hospital_id)
       WHERE b.expert_id = ? AND b.slot_start < ? AND b.slot_end > ?
       ORDER BY b.slot_start, b.booking_id`,
      [expertId, to, from],
    );
    const availability = await this.db.all<Row>(
      'SELECT slot_start, slot_end FROM expert_availability WHERE expert_id = ? AND slot_start < ? AND slot_end > ? ORDER BY slot_start',
      [expertId, to, from],
    );
    const busy: TimeSlot[] = bookings.map((booking) => ({ start: booking.slot_start, end: booking.slot_end }));
    const free = subtractSlots(
      clipSlots(mergeSlots(availability.map((slot) => ({ start: slot.slot_start, end: slot.slot_end }))), { start: from, end: to }),
      busy,
    );
    return {
      expertId,
      timezone: expertHospital.timezone,
      from,
      to,
      bookings: bookings.map((booking) => {
        const slot = { start: booking.slot_start, end: booking.slot_end };
        const counterpart = booking.id ? toHospitalClock(booking) : undefined;
        return {
          bookingId: booking.booking_id,
          activity: booking.activity,
          start: slot.start,
          end: slot.end,
          expertLocal: localSlot(slot, expertHospital),
          counterpartLocal: counterpart ? localSlot(slot, counterpart) : null,
          warnings: [...workingHoursWarnings(slot, expertHospital), ...(counterpart ? workingHoursWarnings(slot, counterpart) : [])],
        };
      }),
      freeSlots: free.map((slot) => ({ ...slot, expertLocal: localSlot(slot, expertHospital) })),
    };
  }
}
