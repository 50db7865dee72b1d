import { Inject } from '@nestjs/common';
import { Query, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { RESEARCH_OUTPUT_KINDS, type ResearchOutputKind } from '@telemed/domain/research-output';
import type { AuthenticatedUser } from '@telemed/auth';
import type { ReadModelStore } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { IsCalendarDate, IsId } from '../requests/dto';
import { PageQueryDto } from '../reading/page-query.dto';
import { type LedgerTable, readLedgerPage, readLedgerRow } from '../reading/ledger-read-side';
import type { ItemPage } from '../reading/keyset-page';

type Row = Record<string, any>;

const RESEARCH_OUTPUTS: LedgerTable = { table: 'research_outputs', entry: 'research output', read: 'research-output.read', sortColumn: 'output_date' };

export function researchOutputView(row: Row) {
  return {
    id: row.id,
    kind: row.kind as ResearchOutputKind,
    partnershipId: row.partnership_id,
    pairingId: row.pairing_id ?? undefined,
    givingHospitalId: row.giving_hospital_id,
    receivingHospitalId: row.receiving_hospital_id,
    title: row.title,
    identifier: row.identifier ?? undefined,
    date: row.output_date,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    position: String(row.last_position),
  };
}

export type ResearchOutputView = ReturnType<typeof researchOutputView>;

export class GetResearchOutput extends Query<ResearchOutputView> {
  constructor(
    readonly researchOutputId: string,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}

@QueryHandler(GetResearchOutput)
export class GetResearchOutputHandler implements IQueryHandler<GetResearchOutput> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ researchOutputId, user }: GetResearchOutput): Promise<ResearchOutputView> {
    const row = await readLedgerRow(this.db, RESEARCH_OUTPUTS, researchOutputId, user);
    return researchOutputView(row);
  }
}

export class ListResearchOutputsDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId()
  partnershipId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId()
  pairingId?: string;

  @ApiPropertyOptional({ enum: RESEARCH_OUTPUT_KINDS })
  @IsOptional()
  @IsIn(RESEARCH_OUTPUT_KINDS)
  kind?: ResearchOutputKind;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'outputs dated on or after this day' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'outputs dated on or before this day' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class ListResearchOutputs extends Query<ItemPage<ResearchOutputView>> {
  constructor(
    readonly filter: ListResearchOutputsDto,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}

/** Research outputs by date, latest first, paged by keyset; clinicians and experts see their own hospital's. */
@QueryHandler(ListResearchOutputs)
export class ListResearchOutputsHandler implements IQueryHandler<ListResearchOutputs> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ filter, user }: ListResearchOutputs): Promise<ItemPage<ResearchOutputView>> {
    const { rows, nextCursor } = await readLedgerPage(this.db, RESEARCH_OUTPUTS, user, [
      ['partnership_id = ?', filter.partnershipId],
      ['pairing_id = ?', filter.pairingId],
      ['kind = ?', filter.kind],
      ['output_date >= ?', filter.from],
      ['output_date <= ?', filter.to],
    ], filter);
    return {
      items: rows.map(researchOutputView),
      nextCursor,
    };
  }
}
