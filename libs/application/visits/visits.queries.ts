import { Inject } from '@nestjs/common';
import { Query, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { VISIT_KINDS, type VisitKind } from '@telemed/domain/visit';
import type { AuthenticatedUser } from '@telemed/auth';
import type { ReadModelStore } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { IsCalendarDate, IsId } from '../requests/dto';
import { PageQueryDto } from '../reading/page-query.dto';
import { type LedgerTable, readLedgerPage, readLedgerRow } from '../reading/ledger-read-side';
import type { ItemPage } from '../reading/keyset-page';

type Row = Record<string, any>;

const VISITS: LedgerTable = { table: 'visits', entry: 'visit', read: 'visit.read', sortColumn: 'start_date' };

export function visitView(row: Row) {
  return {
    id: row.id,
    kind: row.kind as VisitKind,
    partnershipId: row.partnership_id,
    givingHospitalId: row.giving_hospital_id,
    receivingHospitalId: row.receiving_hospital_id,
    expertIds: JSON.parse(row.expert_ids) as string[],
    start: row.start_date,
    end: row.end_date,
    place: row.place ?? undefined,
    outcomes: {
      clinicsHeld: Number(row.clinics_held),
      patientsSeen: Number(row.patients_seen),
      operationsGuided: Number(row.operations_guided),
      lectures: Number(row.lectures),
    },
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    position: String(row.last_position),
  };
}

export type VisitView = ReturnType<typeof visitView>;

export class GetVisit extends Query<VisitView> {
  constructor(
    readonly visitId: string,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}

@QueryHandler(GetVisit)
export class GetVisitHandler implements IQueryHandler<GetVisit> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ visitId, user }: GetVisit): Promise<VisitView> {
    const row = await readLedgerRow(this.db, VISITS, visitId, user);
    return visitView(row);
  }
}

export class ListVisitsDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId()
  partnershipId?: string;

  @ApiPropertyOptional({ enum: VISIT_KINDS })
  @IsOptional()
  @IsIn(VISIT_KINDS)
  kind?: VisitKind;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'visits ending on or after this day' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'visits starting on or before this day' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class ListVisits extends Query<ItemPage<VisitView>> {
  constructor(
    readonly filter: ListVisitsDto,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}

/** Visits by first day, latest first, paged by keyset; clinicians and experts see their own hospital's. */
@QueryHandler(ListVisits)
export class ListVisitsHandler implements IQueryHandler<ListVisits> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ filter, user }: ListVisits): Promise<ItemPage<VisitView>> {
    const { rows, nextCursor } = await readLedgerPage(this.db, VISITS, user, [
      ['partnership_id = ?', filter.partnershipId],
      ['kind = ?', filter.kind],
      ['end_date >= ?', filter.from],
      ['start_date <= ?', filter.to],
    ], filter);
    return {
      items: rows.map(visitView),
      nextCursor,
    };
  }
}
