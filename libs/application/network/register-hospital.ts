import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { hospitalDecider, hospitalStreamId } from '@telemed/domain/hospital';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock, IdGenerator } from '../infrastructure/tokens';
import { IsName } from '../requests/dto';

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class WorkingHoursDto {
  @ApiProperty({ example: '08:00' })
  @MaxLength(5)
  @Matches(CLOCK_TIME, { message: '$property must be a time of day (HH:MM)' })
  start: string;

  @ApiProperty({ example: '17:30' })
  @MaxLength(5)
  @Matches(CLOCK_TIME, { message: '$property must be a time of day (HH:MM)' })
  end: string;
}

export class RegisterHospitalDto {
  @ApiProperty({ example: 'Kashgar No. 2 People\'s Hospital' })
  @IsName()
  name: string;

  @ApiPropertyOptional({ example: '喀什地区第二人民医院' })
  @IsOptional()
  @IsName()
  nameZh?: string;

  @ApiProperty({ example: 'Xinjiang' })
  @IsName()
  region: string;

  @ApiProperty({ example: 'Asia/Shanghai', description: 'IANA time zone of the hospital\'s working clock' })
  @IsName()
  timezone: string;

  @ApiPropertyOptional({ type: WorkingHoursDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => WorkingHoursDto)
  workingHours?: WorkingHoursDto;
}

export class RegisterHospital extends Command<CommandResponse> {
  constructor(
    readonly body: RegisterHospitalDto,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(RegisterHospital)
export class RegisterHospitalHandler implements ICommandHandler<RegisterHospital, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  execute({ body, metadata }: RegisterHospital): Promise<CommandResponse> {
    const hospitalId = this.ids.next();
    return this.executor.runFor(hospitalId, metadata, async (unitOfWork) =>
      unitOfWork.start(hospitalStreamId(hospitalId), hospitalDecider, {
        type: 'RegisterHospital',
        hospitalId,
        name: body.name,
        nameZh: body.nameZh,
        region: body.region,
        timezone: body.timezone,
        workingHours: body.workingHours && { start: body.workingHours.start, end: body.workingHours.end },
        registeredBy: metadata.actor.userId,
        now: this.clock.now(),
      }),
    );
  }
}
