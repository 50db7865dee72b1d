import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IsIn } from 'class-validator';
import { hospitalDecider, hospitalStreamId } from '@telemed/domain/hospital';
import { EXPERT_TITLES, expertDecider, expertStreamId, type ExpertTitle } from '@telemed/domain/expert';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock, IdGenerator } from '../infrastructure/tokens';
import { IsCalendarDate, IsId, IsName } from '../requests/dto';

export class RegisterExpertDto {
  @ApiProperty({ example: 'Dr. Zhang Wei' })
  @IsName()
  name: string;

  @ApiProperty({ format: 'uuid' })
  @IsId()
  hospitalId: string;

  @ApiProperty({ format: 'uuid' })
  @IsId()
  departmentId: string;

  @ApiProperty({ example: 'cardiology' })
  @IsName()
  specialty: string;

  @ApiProperty({ enum: EXPERT_TITLES })
  @IsIn(EXPERT_TITLES)
  title: ExpertTitle;

  @ApiProperty({ example: '2012-09-01', description: 'start of independent practice; at least 3 years ago' })
  @IsCalendarDate()
  licensedSince: string;
}

export class RegisterExpert extends Command<CommandResponse> {
  constructor(
    readonly body: RegisterExpertDto,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(RegisterExpert)
export class RegisterExpertHandler implements ICommandHandler<RegisterExpert, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  execute({ body, metadata }: RegisterExpert): Promise<CommandResponse> {
    const expertId = this.ids.next();
    return this.executor.runFor(expertId, metadata, async (unitOfWork) => {
      const hospital = await unitOfWork.load(hospitalStreamId(body.hospitalId), hospitalDecider);
      unitOfWork.start(expertStreamId(expertId), expertDecider, {
        type: 'RegisterExpert',
        expertId,
        name: body.name,
        hospital: hospital.state,
        departmentId: body.departmentId,
        specialty: body.specialty,
        title: body.title,
        licensedSince: body.licensedSince,
        registeredBy: metadata.actor.userId,
        now: this.clock.now(),
      });
    });
  }
}
