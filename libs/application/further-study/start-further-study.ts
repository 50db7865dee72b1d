import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { InvalidValue } from '@telemed/domain/core';
import { FURTHER_STUDY_KINDS, furtherStudyDecider, furtherStudyStreamId, traineeDecider, traineeStreamId, undoStudyCalendarChange, type FurtherStudyKind } from '@telemed/domain/further-study';
import { hospitalDecider, hospitalStreamId } from '@telemed/domain/hospital';
import { isActiveOn } from '@telemed/domain/partnership';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock, IdGenerator } from '../infrastructure/tokens';
import { IsCalendarDate, IsId, IsName } from '../requests/dto';
import { loadEstablishedPartnership } from '../network/established-partnership';

export class StudyingStaffDto {
  @ApiProperty({ example: 'KS2-N-0417', description: 'the receiving hospital’s staff number' })
  @IsName()
  staffId: string;

  @ApiProperty({ example: 'Aynur Tursun' })
  @IsName()
  name: string;

  @ApiPropertyOptional({ example: 'resident' })
  @IsOptional()
  @IsName()
  title?: string;
}

export class StartFurtherStudyDto {
  @ApiProperty({ format: 'uuid' })
  @IsId()
  partnershipId: string;

  @ApiProperty({ type: StudyingStaffDto, description: 'a member of the receiving hospital’s staff' })
  @IsObject()
  @ValidateNested()
  @Type(() => StudyingStaffDto)
  person: StudyingStaffDto;

  @ApiProperty({ enum: FURTHER_STUDY_KINDS, description: '`further-study` (进修) or `in-service-postgraduate`' })
  @IsIn(FURTHER_STUDY_KINDS)
  kind: FurtherStudyKind;

  @ApiProperty({ format: 'uuid', description: 'the giving hospital’s department hosting them' })
  @IsId()
  hostDepartmentId: string;

  @ApiProperty({ example: '2026-03-01' })
  @IsCalendarDate()
  start: string;

  @ApiProperty({ example: '2026-08-31', description: 'not before start; the placement must not overlap another of the same person' })
  @IsCalendarDate()
  plannedEnd: string;
}

export class StartFurtherStudy extends Command<CommandResponse> {
  constructor(
    readonly body: StartFurtherStudyDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** Starts a placement and books its period in the person's study calendar in the same unit of work. */
@CommandHandler(StartFurtherStudy)
export class StartFurtherStudyHandler implements ICommandHandler<StartFurtherStudy, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async execute({ body, user, metadata }: StartFurtherStudy): Promise<CommandResponse> {
    const furtherStudyId = this.ids.next();
    const outcome = await this.executor.run(metadata, async (unitOfWork) => {
      const now = this.clock.now();
      const { state: partnership } = await loadEstablishedPartnership(unitOfWork, body.partnershipId);
      const { state: host } = await unitOfWork.load(hospitalStreamId(partnership.givingHospitalId), hospitalDecider);
      if (host.status !== 'registered' || !Object.hasOwn(host.departments, body.hostDepartmentId)) {
        throw new InvalidValue('hostDepartmentId', 'is not a department of the giving hospital', 'unknown-department');
      }
      const { events } = unitOfWork.start(furtherStudyStreamId(furtherStudyId), furtherStudyDecider, {
        type: 'StartFurtherStudy',
        furtherStudyId,
        partnership: {
          partnershipId: body.partnershipId,
          givingHospitalId: partnership.givingHospitalId,
          receivingHospitalId: partnership.receivingHospitalId,
          active: isActiveOn(partnership, `${body.start}T04:00:00Z`),
        },
        kind: body.kind,
        person: body.person,
        hostDepartmentId: body.hostDepartmentId,
        start: body.start,
        plannedEnd: body.plannedEnd,
        by: user.userId,
        now,
      });
      const started = events.find((event) => event.type === 'FurtherStudyStarted');
      if (!started) return;
      const { staffId } = started.data.person;
      const hospitalId = partnership.receivingHospitalId;
      const calendar = await unitOfWork.load(traineeStreamId(hospitalId, staffId), traineeDecider);
      const booked = traineeDecider.decide(
        { type: 'BookStudyPeriod', hospitalId, staffId, period: { furtherStudyId, start: body.start, end: body.plannedEnd } },
        calendar.state,
      );
      // A reservation: undone if the placement cannot follow it (see UnitOfWork.commit).
      unitOfWork.record(calendar, booked, { compensate: undoStudyCalendarChange(booked, undefined) });
    });
    return { id: furtherStudyId, position: outcome.position.toString() };
  }
}
