import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotFound } from '@telemed/domain/core';
import { hospitalDecider, hospitalStreamId } from '@telemed/domain/hospital';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock, IdGenerator } from '../infrastructure/tokens';
import { IsName } from '../requests/dto';

export class AddDepartmentDto {
  @ApiProperty({ example: 'Department of Cardiology' })
  @IsName()
  name: string;

  @ApiProperty({ example: 'cardiology' })
  @IsName()
  specialty: string;
}

export class AddDepartment extends Command<CommandResponse> {
  constructor(
    readonly hospitalId: string,
    readonly body: AddDepartmentDto,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(AddDepartment)
export class AddDepartmentHandler implements ICommandHandler<AddDepartment, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  execute({ hospitalId, body, metadata }: AddDepartment): Promise<CommandResponse> {
    const departmentId = this.ids.next();
    return this.executor.runFor(departmentId, metadata, (unitOfWork) =>
      unitOfWork.decide(hospitalStreamId(hospitalId), hospitalDecider, (hospital) => {
        if (hospital.status !== 'registered') throw new NotFound('hospital', hospitalId);
        return {
          type: 'AddDepartment' as const,
          departmentId,
          name: body.name,
          specialty: body.specialty,
          addedBy: metadata.actor.userId,
          now: this.clock.now(),
        };
      }),
    );
  }
}
