import { Inject } from '@nestjs/common';
import { Query, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { FURTHER_STUDY_KINDS, FURTHER_STUDY_STATUSES, type FurtherStudyKind, type FurtherStudyStatus } from '@telemed/domain/further-study';
import type { AuthenticatedUser } from '@telemed/auth';
import type { ReadModelStore } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { IsId, IsName } from '../requests/dto';
import { PageQueryDto } from '../reading/page-query.dto';
import { type LedgerTable, readLedgerPage, readLedgerRow } from '../reading/ledger-read-side';
import type { ItemPage } from '../reading/keyset-page';

type Row = Record<string, any>;

const FURTHER_STUDY: LedgerTable = { table: 'further_study', entry: 'further study', read: 'further-study.read', sortColumn: 'start_date' };

export function furtherStudyView(row: Row) {
  return {
    id: row.id,
    status: row.status as FurtherStudyStatus,
    kind: row.kind as FurtherStudyKind,
    partnershipId: row.partnership_id,
    givingHospitalId: row.giving_hospital_id,
    receivingHospitalId: row.receiving_hospital_id,
    person: { staffId: row.staff_id, name: row.person_name, title: row.person_title ?? undefined },
    hostDepartmentId: row.host_department_id,
    start: row.start_date,
    plannedEnd: row.planned_end,
    endedOn: row.ended_on ?? undefined,
    certificate: row.certificate ?? undefined,
    withdrawalReason: row.withdrawal_reason ?? undefined,
    startedBy: row.started_by,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    position: String(row.last_position),
  };
}

export type FurtherStudyView = ReturnType<typeof furtherStudyView>;

export class GetFurtherStudy extends Query<FurtherStudyView> {
  constructor(
    readonly furtherStudyId: string,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}

@QueryHandler(GetFurtherStudy)
export class GetFurtherStudyHandler implements IQueryHandler<GetFurtherStudy> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ furtherStudyId, user }: GetFurtherStudy): Promise<FurtherStudyView> {
    const row = await readLedgerRow(this.db, FURTHER_STUDY, furtherStudyId, user);
    return furtherStudyView(row);
  }
}

export class ListFurtherStudyDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId()
  partnershipId?: string;

  @ApiPropertyOptional({ enum: FURTHER_STUDY_KINDS })
  @IsOptional()
  @IsIn(FURTHER_STUDY_KINDS)
  kind?: FurtherStudyKind;

  @ApiPropertyOptional({ enum: FURTHER_STUDY_STATUSES })
  @IsOptional()
  @IsIn(FURTHER_STUDY_STATUSES)
  status?: FurtherStudyStatus;

  @ApiPropertyOptional({ description: 'one person’s placements, by their staff number' })
  @IsOptional()
  @IsName()
  staffId?: string;
}

export class ListFurtherStudy extends Query<ItemPage<FurtherStudyView>> {
  constructor(
    readonly filter: ListFurtherStudyDto,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}

/** Placements by start, latest first, paged by keyset; clinicians and experts see their own hospital's. */
@QueryHandler(ListFurtherStudy)
export class ListFurtherStudyHandler implements IQueryHandler<ListFurtherStudy> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ filter, user }: ListFurtherStudy): Promise<ItemPage<FurtherStudyView>> {
    const { rows, nextCursor } = await readLedgerPage(this.db, FURTHER_STUDY, user, [
      ['partnership_id = ?', filter.partnershipId],
      ['kind = ?', filter.kind],
      ['status = ?', filter.status],
      ['staff_id = ?', filter.staffId],
    ], filter);
    return {
      items: rows.map(furtherStudyView),
      nextCursor,
    };
  }
}
