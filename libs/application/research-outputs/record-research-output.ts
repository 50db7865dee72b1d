import { Inject } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IsIn, IsOptional, ValidateIf } from 'class-validator';
import { InvalidValue } from '@telemed/domain/core';
import { RESEARCH_OUTPUT_KINDS, researchOutputDecider, researchOutputStreamId, type ResearchOutputKind } from '@telemed/domain/research-output';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { ReadModelStore } from '@telemed/projections';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock, IdGenerator, READ_MODELS } from '../infrastructure/tokens';
import { IsCalendarDate, IsId, IsName } from '../requests/dto';
import { loadEstablishedPartnership } from '../network/established-partnership';

export class RecordResearchOutputDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'the department pairing that produced it' })
  @IsOptional()
  @IsId()
  pairingId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the partnership; required without pairingId, and spares the pairing’s look-up with it' })
  @ValidateIf((body: RecordResearchOutputDto) => body.pairingId === undefined || body.partnershipId !== undefined)
  @IsId()
  partnershipId?: string;

  @ApiProperty({ enum: RESEARCH_OUTPUT_KINDS })
  @IsIn(RESEARCH_OUTPUT_KINDS)
  kind: ResearchOutputKind;

  @ApiProperty({ example: 'Cystic echinococcosis of the liver in southern Xinjiang' })
  @IsName()
  title: string;

  @ApiPropertyOptional({ example: '10.1186/s12879-026-01234-5', description: 'a DOI for a paper; the grant number for a grant' })
  @IsOptional()
  @IsName()
  identifier?: string;

  @ApiProperty({ example: '2026-06-30', description: 'application, award or publication date (Beijing), not after today' })
  @IsCalendarDate()
  date: string;
}

export class RecordResearchOutputCommand extends Command<CommandResponse> {
  constructor(
    readonly body: RecordResearchOutputDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** Records a grant or a paper for a partnership, and for one of its pairings when named. */
@CommandHandler(RecordResearchOutputCommand)
export class RecordResearchOutputHandler implements ICommandHandler<RecordResearchOutputCommand, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
  ) {}

  async execute({ body, user, metadata }: RecordResearchOutputCommand): Promise<CommandResponse> {
    const researchOutputId = this.ids.next();
    const unknownPairing = () => new InvalidValue('pairingId', 'no such department pairing', 'unknown-pairing');
    const partnershipId =
      body.partnershipId ??
      (await this.db.get<{ partnership_id: string }>('SELECT partnership_id FROM pairings WHERE id = ?', [body.pairingId!]))?.partnership_id;
    if (!partnershipId) throw unknownPairing();
    const outcome = await this.executor.run(metadata, async (unitOfWork) => {
      const { state: partnership } = await loadEstablishedPartnership(unitOfWork, partnershipId);
      if (body.pairingId !== undefined && !Object.hasOwn(partnership.pairings, body.pairingId)) throw unknownPairing();
      unitOfWork.start(researchOutputStreamId(researchOutputId), researchOutputDecider, {
        type: 'RecordResearchOutput',
        researchOutputId,
        partnership: { partnershipId, givingHospitalId: partnership.givingHospitalId, receivingHospitalId: partnership.receivingHospitalId },
        pairingId: body.pairingId,
        kind: body.kind,
        title: body.title,
        identifier: body.identifier,
        date: body.date,
        by: user.userId,
        now: this.clock.now(),
      });
    });
    return { id: researchOutputId, position: outcome.position.toString() };
  }
}
