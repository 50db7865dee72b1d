import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { NotFound } from '@telemed/domain/core';
import { RESEARCH_OUTPUT_KINDS, type ResearchOutputKind } from '@telemed/domain/research-output';
import type { AuthenticatedUser } from '@telemed/auth';
import type { ReadModelStore } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { IsCalendarDate, IsId } from '../requests/dto';
import { ReadQueryDto } from '../reading/read-query.dto';
import { IsCursor } from '../reading/cursor';
import { readKeysetPage } from '../reading/keyset-page';
import { ledgerListConditions } from '../reading/ledger-list-conditions';
import { scopeOf } from '../access/policy';
import { withinScope } from '../access/scope';

type Row = Record<string, any>;

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

export class GetResearchOutput {
  constructor(
    readonly researchOutputId: string,
    readonly user: AuthenticatedUser,
  ) {}
}

@QueryHandler(GetResearchOutput)
export class GetResearchOutputHandler implements IQueryHandler<GetResearchOutput> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ researchOutputId, user }: GetResearchOutput) {
    const row = await this.db.get<Row>('SELECT * FROM research_outputs WHERE id = ?', [researchOutputId]);
    const hospitalIds = row ? [row.giving_hospital_id, row.receiving_hospital_id] : [];
    // An output outside the caller's scope answers as if it did not exist.
    if (!row || !withinScope(scopeOf('research-output.read', user.role), user, { hospitalIds })) throw new NotFound('research output', researchOutputId);
    return researchOutputView(row);
  }
}

export class ListResearchOutputsDto extends ReadQueryDto {
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

  @ApiPropertyOptional({ description: 'opaque cursor from the previous page' })
  @IsOptional()
  @IsCursor()
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class ListResearchOutputs {
  constructor(
    readonly filter: ListResearchOutputsDto,
    readonly user: AuthenticatedUser,
  ) {}
}

/** Research outputs by date, latest first, paged by keyset; clinicians and experts see their own hospital's. */
@QueryHandler(ListResearchOutputs)
export class ListResearchOutputsHandler implements IQueryHandler<ListResearchOutputs> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ filter, user }: ListResearchOutputs) {
    const { where, params } = ledgerListConditions('research-output.read', user, [
      ['partnership_id = ?', filter.partnershipId],
      ['pairing_id = ?', filter.pairingId],
      ['kind = ?', filter.kind],
      ['output_date >= ?', filter.from],
      ['output_date <= ?', filter.to],
    ]);
    const { rows, nextCursor } = await readKeysetPage<Row>(this.db, {
      select: 'SELECT * FROM research_outputs',
      where,
      params,
      sortColumn: 'output_date',
      idColumn: 'id',
      sortKeyOf: (row) => row.output_date,
      idOf: (row) => row.id,
      direction: 'descending',
      cursor: filter.cursor,
      limit: filter.limit ?? 50,
    });
    return {
      items: rows.map(researchOutputView),
      nextCursor,
    };
  }
}
