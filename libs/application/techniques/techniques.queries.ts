import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { NotFound } from '@telemed/domain/core';
import type { AuthenticatedUser } from '@telemed/auth';
import type { ReadModelStore } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { IsId } from '../requests/dto';
import { ReadQueryDto } from '../reading/read-query.dto';
import { IsCursor } from '../reading/cursor';
import { readKeysetPage } from '../reading/keyset-page';
import { ledgerListConditions } from '../reading/ledger-list-conditions';
import { scopeOf } from '../access/policy';
import { withinScope } from '../access/scope';

type Row = Record<string, any>;

export function techniqueView(row: Row, months: Row[]) {
  return {
    id: row.id,
    status: row.status as 'proposed' | 'performed',
    pairingId: row.pairing_id,
    partnershipId: row.partnership_id,
    givingHospitalId: row.giving_hospital_id,
    receivingHospitalId: row.receiving_hospital_id,
    name: row.name,
    fillsRegionalGap: Number(row.fills_regional_gap) === 1,
    proposedOn: row.proposed_on,
    firstPerformed: row.performed_on ? { on: row.performed_on, supervisingExpertId: row.supervising_expert_id } : undefined,
    /** Cases done locally since the first performance, in total and by month. */
    cases: Number(row.cases),
    casesByMonth: months.map((month) => ({ period: month.period, count: Number(month.count) })),
    proposedBy: row.proposed_by,
    updatedAt: row.updated_at,
    position: String(row.last_position),
  };
}

export class GetTechnique {
  constructor(
    readonly techniqueId: string,
    readonly user: AuthenticatedUser,
  ) {}
}

@QueryHandler(GetTechnique)
export class GetTechniqueHandler implements IQueryHandler<GetTechnique> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ techniqueId, user }: GetTechnique) {
    const row = await this.db.get<Row>('SELECT * FROM techniques WHERE id = ?', [techniqueId]);
    const hospitalIds = row ? [row.giving_hospital_id, row.receiving_hospital_id] : [];
    if (!row || !withinScope(scopeOf('technique.read', user.role), user, { hospitalIds })) throw new NotFound('technique', techniqueId);
    const months = await this.db.all<Row>('SELECT period, count FROM technique_cases WHERE technique_id = ? ORDER BY period', [techniqueId]);
    return techniqueView(row, months);
  }
}

export class ListTechniquesDto extends ReadQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId()
  partnershipId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId()
  pairingId?: string;

  @ApiPropertyOptional({ enum: ['proposed', 'performed'] })
  @IsOptional()
  @IsIn(['proposed', 'performed'])
  status?: 'proposed' | 'performed';

  @ApiPropertyOptional({ description: 'only those filling a regional gap (true) or not (false)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  fillsRegionalGap?: boolean;

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

export class ListTechniques {
  constructor(
    readonly filter: ListTechniquesDto,
    readonly user: AuthenticatedUser,
  ) {}
}

/** Techniques by proposal date, latest first, paged by keyset (each without its months; read one for them). */
@QueryHandler(ListTechniques)
export class ListTechniquesHandler implements IQueryHandler<ListTechniques> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ filter, user }: ListTechniques) {
    const { where, params } = ledgerListConditions('technique.read', user, [
      ['partnership_id = ?', filter.partnershipId],
      ['pairing_id = ?', filter.pairingId],
      ['status = ?', filter.status],
      ['fills_regional_gap = ?', filter.fillsRegionalGap === undefined ? undefined : filter.fillsRegionalGap ? 1 : 0],
    ]);
    const { rows, nextCursor } = await readKeysetPage<Row>(this.db, {
      select: 'SELECT * FROM techniques',
      where,
      params,
      sortColumn: 'proposed_on',
      idColumn: 'id',
      sortKeyOf: (row) => row.proposed_on,
      idOf: (row) => row.id,
      direction: 'descending',
      cursor: filter.cursor,
      limit: filter.limit ?? 50,
    });
    return {
      items: rows.map((row) => {
        const { casesByMonth: _months, ...view } = techniqueView(row, []);
        return view;
      }),
      nextCursor,
    };
  }
}
