import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotFound } from '@telemed/domain/core';
import { hospitalDecider, hospitalStreamId } from '@telemed/domain/hospital';
import { partnershipDecider, partnershipStreamId } from '@telemed/domain/partnership';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock, IdGenerator } from '../infrastructure/tokens';
import { IsId } from '../requests/dto';

export class PairDepartmentsDto {
  @ApiProperty({ format: 'uuid' })
  @IsId()
  givingDepartmentId: string;

  @ApiProperty({ format: 'uuid' })
  @IsId()
  receivingDepartmentId: string;
}

export class PairDepartments extends Command<CommandResponse> {
  constructor(
    readonly partnershipId: string,
    readonly body: PairDepartmentsDto,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(PairDepartments)
export class PairDepartmentsHandler implements ICommandHandler<PairDepartments, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  execute({ partnershipId, body, metadata }: PairDepartments): Promise<CommandResponse> {
    const pairingId = this.ids.next();
    return this.executor.runFor(pairingId, metadata, async (unitOfWork) => {
      const partnership = await unitOfWork.load(partnershipStreamId(partnershipId), partnershipDecider);
      if (partnership.state.status !== 'established') throw new NotFound('partnership', partnershipId);
      const { givingHospitalId, receivingHospitalId } = partnership.state;
      const giving = await unitOfWork.load(hospitalStreamId(givingHospitalId), hospitalDecider);
      const receiving = await unitOfWork.load(hospitalStreamId(receivingHospitalId), hospitalDecider);
      unitOfWork.record(
        partnership,
        partnershipDecider.decide(
          {
            type: 'PairDepartments',
            pairingId,
            givingDepartmentId: body.givingDepartmentId,
            receivingDepartmentId: body.receivingDepartmentId,
            givingHospital: giving.state,
            receivingHospital: receiving.state,
            pairedBy: metadata.actor.userId,
            now: this.clock.now(),
          },
          partnership.state,
        ),
      );
    });
  }
}
