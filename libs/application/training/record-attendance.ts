import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ATTENDEE_ROLES, PROFESSIONAL_TITLES, trainingDecider, type AttendeeRole, type ProfessionalTitle } from '@telemed/domain/training';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock } from '../infrastructure/tokens';
import { IsName } from '../requests/dto';
import { loadTrainingSession, requireTrainingScope } from './training-session-access';

export const MAX_ATTENDEES_PER_POST = 500;
/** A session is at most a day long. */
const MAX_ATTENDED_MINUTES = 24 * 60;

export class AttendeeDto {
  @ApiProperty({ description: 'the person\'s staff number at the receiving hospital', example: 'KS2-N-0412' })
  @IsName()
  staffId: string;

  @ApiProperty({ example: 'Aynur Tursun' })
  @IsName()
  name: string;

  @ApiPropertyOptional({ enum: ATTENDEE_ROLES })
  @IsOptional()
  @IsIn(ATTENDEE_ROLES)
  role?: AttendeeRole;

  @ApiPropertyOptional({ enum: PROFESSIONAL_TITLES, description: 'professional title: 初级 junior, 中级 intermediate, 高级 senior' })
  @IsOptional()
  @IsIn(PROFESSIONAL_TITLES)
  title?: ProfessionalTitle;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_ATTENDED_MINUTES, description: 'minutes attended, when the person attended part of the session' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ATTENDED_MINUTES)
  minutes?: number;
}

export class RecordAttendanceDto {
  @ApiProperty({ type: [AttendeeDto], minItems: 1, maxItems: MAX_ATTENDEES_PER_POST })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ATTENDEES_PER_POST)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AttendeeDto)
  attendees: AttendeeDto[];
}

export class RecordAttendance extends Command<CommandResponse> {
  constructor(
    readonly trainingSessionId: string,
    readonly body: RecordAttendanceDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** Attendance may be posted more than once; only people not yet recorded become new facts. */
@CommandHandler(RecordAttendance)
export class RecordAttendanceHandler implements ICommandHandler<RecordAttendance, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ trainingSessionId, body, user, metadata }: RecordAttendance): Promise<CommandResponse> {
    return this.executor.runFor(trainingSessionId, metadata, async (unitOfWork) => {
      const session = await loadTrainingSession(unitOfWork, trainingSessionId);
      requireTrainingScope('training.record-attendance', user, session.state);
      const attendees = body.attendees.map(({ staffId, name, role, title, minutes }) => ({
        staffId,
        name,
        ...(role !== undefined && { role }),
        ...(title !== undefined && { title }),
        ...(minutes !== undefined && { minutes }),
      }));
      unitOfWork.record(
        session,
        trainingDecider.decide({ type: 'RecordAttendance', attendees, recordedBy: user.userId, now: this.clock.now() }, session.state),
      );
    });
  }
}
