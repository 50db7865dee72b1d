import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import type { AuthenticatedUser } from '@telemed/auth';
import type { ReadModelStore, SqlValue } from '@telemed/projections';
import { Clock, READ_MODELS } from '../infrastructure/tokens';
import { IsId } from '../requests/dto';
import { readKeysetPage } from '../reading/keyset-page';
import { DEFAULT_PAGE_SIZE, PageQueryDto } from '../reading/page-query.dto';
import { scopeOf } from '../access/policy';
import { partnershipViews } from './partnership-view';

type Row = Record<string, any>;

export class ListPartnershipsDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'partnerships this hospital gives or receives aid in' })
  @IsOptional()
  @IsId()
  hospitalId?: string;
}

export class ListPartnerships {
  constructor(
    readonly filter: ListPartnershipsDto,
    readonly user: AuthenticatedUser,
  ) {}
}

const EITHER_SIDE = '(giving_hospital_id = ? OR receiving_hospital_id = ?)';

/**
 * Partnerships oldest first, paged by keyset. Coordinators and auditors see every one; clinicians
 * and experts those of their own hospital, on either side (the policy's `own-hospital`).
 */
@QueryHandler(ListPartnerships)
export class ListPartnershipsHandler implements IQueryHandler<ListPartnerships> {
  constructor(
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
    private readonly clock: Clock,
  ) {}

  async execute({ filter, user }: ListPartnerships) {
    const where: string[] = [];
    const params: SqlValue[] = [];
    const scope = scopeOf('partnership.list', user.role);
    if (scope !== 'any') {
      where.push(EITHER_SIDE);
      params.push(user.hospitalId ?? '', user.hospitalId ?? '');
    }
    if (filter.hospitalId) {
      where.push(EITHER_SIDE);
      params.push(filter.hospitalId, filter.hospitalId);
    }
    const { rows, nextCursor } = await readKeysetPage<Row>(this.db, {
      select: 'SELECT * FROM partnerships',
      where,
      params,
      sortColumn: 'established_at',
      idColumn: 'id',
      sortKeyOf: (row) => row.established_at,
      idOf: (row) => row.id,
      direction: 'ascending',
      cursor: filter.cursor,
      limit: filter.limit ?? DEFAULT_PAGE_SIZE,
    });
    return { items: await partnershipViews(this.db, rows, this.clock.now()), nextCursor };
  }
}
