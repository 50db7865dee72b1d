import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IsBoolean, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { InvalidValue, NotFound } from '@telemed/domain/core';
import { expertDecider, expertStreamId } from '@telemed/domain/expert';
import { partnershipDecider, partnershipStreamId } from '@telemed/domain/partnership';
import { techniqueDecider, techniqueStreamId, type TechniqueCommand } from '@telemed/domain/technique';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { Inject } from '@nestjs/common';
import type { ReadModelStore } from '@telemed/projections';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock, IdGenerator, READ_MODELS } from '../infrastructure/tokens';
import { IsCalendarDate, IsId, IsName } from '../requests/dto';

export class ProposeTechniqueDto {
  @ApiProperty({ format: 'uuid', description: 'the department pairing bringing the technique' })
  @IsId()
  pairingId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'the pairing’s partnership; found from the pairing when left out, once the read models know the pairing',
  })
  @IsOptional()
  @IsId()
  partnershipId?: string;

  @ApiProperty({ example: 'Transcatheter aortic valve implantation' })
  @IsName()
  name: string;

  @ApiPropertyOptional({ description: 'new to the region (填补自治区技术空白)', default: false })
  @IsOptional()
  @IsBoolean()
  fillsRegionalGap?: boolean;

  @ApiPropertyOptional({ example: '2026-03-01', description: 'today (Beijing) unless given' })
  @IsOptional()
  @IsCalendarDate()
  proposedOn?: string;
}

export class FirstPerformanceDto {
  @ApiProperty({ example: '2026-04-20', description: 'not before the proposal' })
  @IsCalendarDate()
  at: string;

  @ApiProperty({ format: 'uuid', description: 'a registered expert of the giving hospital' })
  @IsId()
  supervisingExpertId: string;
}

export class TechniqueCasesDto {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  count: number;

  @ApiProperty({ example: '2026-05', description: 'the month (YYYY-MM), once per month' })
  @MaxLength(7)
  @Matches(/^\d{4}-\d{2}$/, { message: '$property must be a month (YYYY-MM)' })
  period: string;
}

export class ProposeTechnique extends Command<CommandResponse> {
  constructor(
    readonly body: ProposeTechniqueDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/**
 * Proposes a technique for a pairing, confirmed on its partnership's stream. Without `partnershipId` the
 * partnership is found from the pairing in the read models, which may not know a pairing made a moment ago.
 */
@CommandHandler(ProposeTechnique)
export class ProposeTechniqueHandler implements ICommandHandler<ProposeTechnique, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
  ) {}

  async execute({ body, user, metadata }: ProposeTechnique): Promise<CommandResponse> {
    const techniqueId = this.ids.next();
    const unknownPairing = () => new InvalidValue('pairingId', 'no such department pairing', 'unknown-pairing');
    const partnershipId =
      body.partnershipId ??
      (await this.db.get<{ partnership_id: string }>('SELECT partnership_id FROM pairings WHERE id = ?', [body.pairingId]))?.partnership_id;
    if (!partnershipId) throw unknownPairing();
    const outcome = await this.executor.run(metadata, async (unitOfWork) => {
      const { state: partnership } = await unitOfWork.load(partnershipStreamId(partnershipId), partnershipDecider);
      if (partnership.status !== 'established' || !Object.hasOwn(partnership.pairings, body.pairingId)) throw unknownPairing();
      unitOfWork.start(techniqueStreamId(techniqueId), techniqueDecider, {
        type: 'ProposeTechnique',
        techniqueId,
        pairing: {
          pairingId: body.pairingId,
          partnershipId,
          givingHospitalId: partnership.givingHospitalId,
          receivingHospitalId: partnership.receivingHospitalId,
        },
        name: body.name,
        fillsRegionalGap: body.fillsRegionalGap,
        proposedOn: body.proposedOn,
        by: user.userId,
        now: this.clock.now(),
      });
    });
    return { id: techniqueId, position: outcome.position.toString() };
  }
}

export type TechniqueChange = { kind: 'performed'; body: FirstPerformanceDto } | { kind: 'cases'; body: TechniqueCasesDto };

export class RecordTechniqueChange extends Command<CommandResponse> {
  constructor(
    readonly techniqueId: string,
    readonly change: TechniqueChange,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** The first performance (supervised by an expert of the giving hospital) and the cases of each month. */
@CommandHandler(RecordTechniqueChange)
export class RecordTechniqueChangeHandler implements ICommandHandler<RecordTechniqueChange, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  execute({ techniqueId, change, user, metadata }: RecordTechniqueChange): Promise<CommandResponse> {
    return this.executor.runFor(techniqueId, metadata, async (unitOfWork) => {
      const technique = await unitOfWork.load(techniqueStreamId(techniqueId), techniqueDecider);
      if (technique.state.status === 'not-proposed') throw new NotFound('technique', techniqueId);
      const by = user.userId;
      const now = this.clock.now();
      let command: TechniqueCommand;
      if (change.kind === 'performed') {
        const { state: expert } = await unitOfWork.load(expertStreamId(change.body.supervisingExpertId), expertDecider);
        if (expert.status !== 'registered' || expert.hospitalId !== technique.state.givingHospitalId) {
          throw new InvalidValue('supervisingExpertId', 'is not a registered expert of the giving hospital', 'unknown-expert');
        }
        command = { type: 'RecordFirstPerformance', performedOn: change.body.at, supervisingExpertId: change.body.supervisingExpertId, by, now };
      } else {
        command = { type: 'RecordTechniqueCases', period: change.body.period, count: change.body.count, by, now };
      }
      unitOfWork.record(technique, techniqueDecider.decide(command, technique.state));
    });
  }
}
