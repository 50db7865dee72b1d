import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { consultationDecider, type ConsultationEvent } from '@telemed/domain/consultation';
import { expertDecider, expertStreamId } from '@telemed/domain/expert';
import { hospitalDecider, hospitalStreamId, type HospitalState } from '@telemed/domain/hospital';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { UnitOfWork } from '../commands/unit-of-work';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { IsInstant } from '../requests/dto';
import { workingHoursWarnings } from '../network/working-hours';
import { bookExperts } from '../network/expert-bookings';
import { loadVisibleConsultation, requireConsultationScope } from './consultation-access';

export class ScheduleConsultationDto {
  @ApiProperty({ example: '2024-05-06T02:00:00Z' })
  @IsInstant()
  start: string;

  @ApiProperty({ example: '2024-05-06T03:00:00Z' })
  @IsInstant()
  end: string;
}

export class ScheduleConsultation extends Command<ScheduleResponse> {
  constructor(
    readonly consultationId: string,
    readonly body: ScheduleConsultationDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

export interface ScheduleResponse extends CommandResponse {
  /** Why the slot may be inconvenient: outside either hospital's working hours. */
  warnings: string[];
}

async function hospitalClock(unitOfWork: UnitOfWork, hospitalId: string) {
  const { state } = await unitOfWork.load<HospitalState, never>(hospitalStreamId(hospitalId), hospitalDecider as never);
  return state.status === 'registered'
    ? [{ hospitalId, name: state.name, timezone: state.timezone, workingHours: state.workingHours }]
    : [];
}

/**
 * Books the slot into the assigned expert's calendar and the consultation in one atomic append
 * (on EventStoreDB: the calendar first, undone if the consultation cannot follow; see
 * UnitOfWork.commit). The calendar stream is appended with the revision it was read at, so two
 * requests racing for overlapping slots cannot both commit: the loser is decided again and finds
 * the clash.
 */
@CommandHandler(ScheduleConsultation)
export class ScheduleConsultationHandler implements ICommandHandler<ScheduleConsultation, ScheduleResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  async execute({ consultationId, body, user, metadata }: ScheduleConsultation): Promise<ScheduleResponse> {
    const outcome = await this.executor.run(metadata, async (unitOfWork) => {
      const now = this.clock.now();
      const consultation = await loadVisibleConsultation(unitOfWork, consultationId, user);
      // The state is judged before the role: until someone accepts, no expert is assigned to be checked against.
      const events: ConsultationEvent[] = consultationDecider.decide(
        { type: 'ScheduleConsultation', slot: { start: body.start, end: body.end }, scheduledBy: user.userId, now },
        consultation.state,
      );
      requireConsultationScope('consultation.schedule', user, consultation.state);
      unitOfWork.record(consultation, events);
      const booked = events.find((event) => event.type === 'ConsultationScheduled' || event.type === 'ConsultationRescheduled');
      if (!booked) return [];
      const slot = { start: booked.data.start, end: booked.data.end };
      await bookExperts(unitOfWork, { bookingId: consultationId, activity: 'consultation', slot, bookedBy: user.userId, now }, [
        booked.data.expertId,
      ]);
      const expert = await unitOfWork.load(expertStreamId(booked.data.expertId), expertDecider);
      const sides = [
        ...(expert.state.status === 'registered' ? await hospitalClock(unitOfWork, expert.state.hospitalId) : []),
        ...(await hospitalClock(unitOfWork, consultation.state.requestingHospitalId)),
      ];
      return sides.flatMap((hospital) => workingHoursWarnings(slot, hospital));
    });
    return { id: consultationId, position: outcome.position.toString(), warnings: outcome.result };
  }
}
