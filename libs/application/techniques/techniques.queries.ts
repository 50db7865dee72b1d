import { Inject } from '@nestjs/common';
import { Query, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import type { AuthenticatedUser } from '@telemed/auth';
import type { ReadModelStore } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { IsId } from '../requests/dto';
import { PageQueryDto } from '../reading/page-query.dto';
import { type LedgerTable, readLedgerPage, readLedgerRow } from '../reading/ledger-read-side';
import type { ItemPage } from '../reading/keyset-page';

type Row = Record<string, any>;

const TECHNIQUES: LedgerTable = { table: 'techniques', entry: 'technique', read: 'technique.read', sortColumn: 'proposed_on' };

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

export type TechniqueView = ReturnType<typeof techniqueView>;

export class GetTechnique extends Query<TechniqueView> {
  constructor(
    readonly techniqueId: string,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}

@QueryHandler(GetTechnique)
export class GetTechniqueHandler implements IQueryHandler<GetTechnique> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ techniqueId, user }: GetTechnique): Promise<TechniqueView> {
    const row = await readLedgerRow(this.db, TECHNIQUES, techniqueId, user);
    const months = await this.db.all<Row>('SELECT period, count FROM technique_cases WHERE technique_id = ? ORDER BY period', [techniqueId]);
    return techniqueView(row, months);
  }
}

export class ListTechniquesDto extends PageQueryDto {
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
}

export class ListTechniques extends Query<ItemPage<Omit<TechniqueView, 'casesByMonth'>>> {
  constructor(
    readonly filter: ListTechniquesDto,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}

/** Techniques by proposal date, latest first, paged by keyset (each without its months; read one for them). */
@QueryHandler(ListTechniques)
export class ListTechniquesHandler implements IQueryHandler<ListTechniques> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ filter, user }: ListTechniques): Promise<ItemPage<Omit<TechniqueView, 'casesByMonth'>>> {
    const { rows, nextCursor } = await readLedgerPage(this.db, TECHNIQUES, user, [
      ['partnership_id = ?', filter.partnershipId],
      ['pairing_id = ?', filter.pairingId],
      ['status = ?', filter.status],
      ['fills_regional_gap = ?', filter.fillsRegionalGap === undefined ? undefined : filter.fillsRegionalGap ? 1 : 0],
    ], filter);
    return {
      items: rows.map((row) => {
        const { casesByMonth: _months, ...view } = techniqueView(row, []);
        return view;
      }),
      nextCursor,
    };
  }
}
