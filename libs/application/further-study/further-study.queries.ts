import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { NotFound } from '@telemed/domain/core';
import { FURTHER_STUDY_KINDS, FURTHER_STUDY_STATUSES, type FurtherStudyKind, type FurtherStudyStatus } from '@telemed/domain/further-study';
import type { AuthenticatedUser } from '@telemed/auth';
import type { ReadModelStore } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { IsId, IsName } from '../requests/dto';
import { ReadQueryDto } from '../reading/read-query.dto';
import { IsCursor } from '../reading/cursor';
import { readKeysetPage } from '../reading/keyset-page';
import { ledgerListConditions } from '../reading/ledger-list-conditions';
import { scopeOf } from '../access/policy';
import { withinScope } from '../access/scope';

type Row = Record<string, any>;


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

export class GetFurtherStudy {
  constructor(
    readonly furtherStudyId: string,
    readonly user: AuthenticatedUser,
  ) {}
}

@QueryHandler(GetFurtherStudy)
export class GetFurtherStudyHandler implements IQueryHandler<GetFurtherStudy> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ furtherStudyId, user }: GetFurtherStudy) {
    const row = await this.db.get<Row>('SELECT * FROM further_study WHERE id = ?', [furtherStudyId]);
    const hospitalIds = row ? [row.giving_hospital_id, row.receiving_hospital_id] : [];
    if (!row || !withinScope(scopeOf('further-study.read', user.role), user, { hospitalIds })) throw new NotFound('further study', furtherStudyId);
    return furtherStudyView(row);
  }
}

export class ListFurtherStudyDto extends ReadQueryDto {
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

export class ListFurtherStudy {
  constructor(
    readonly filter: ListFurtherStudyDto,
    readonly user: AuthenticatedUser,
  ) {}
}

/** Placements by start, latest first, paged by keyset; clinicians and experts see their own hospital's. */
@QueryHandler(ListFurtherStudy)
export class ListFurtherStudyHandler implements IQueryHandler<ListFurtherStudy> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ filter, user }: ListFurtherStudy) {
    const { where, params } = ledgerListConditions('further-study.read', user, [
      ['partnership_id = ?', filter.partnershipId],
      ['kind = ?', filter.kind],
      ['status = ?', filter.status],
      ['staff_id = ?', filter.staffId],
    ]);
    const { rows, nextCursor } = await readKeysetPage<Row>(this.db, {
      select: 'SELECT * FROM further_study',
      where,
      params,
      sortColumn: 'start_date',
      idColumn: 'id',
      sortKeyOf: (row) => row.start_date,
      idOf: (row) => row.id,
      direction: 'descending',
      cursor: filter.cursor,
      limit: filter.limit ?? 50,
    });
    return {
      items: rows.map(furtherStudyView),
      nextCursor,
    };
  }
}
