import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { DomainError } from '@telemed/domain/core';
import type { AuthenticatedUser } from '@telemed/auth';
import { isProgrammeFigureKey, PROGRAMME_FIGURE_KEYS, type ReadModelStore } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { IsCursor } from '../reading/cursor';
import { readKeysetPage } from '../reading/keyset-page';
import { DEFAULT_PAGE_SIZE } from '../reading/page-query.dto';
import { ReportScopeDto, resolveReportScope } from './report-scope';

export class FigureEventsQueryDto extends ReportScopeDto {
  @ApiPropertyOptional({ example: '2019', description: 'only the events counted in this Beijing year' })
  @IsOptional()
  @MaxLength(4)
  @Matches(/^\d{4}$/, { message: '$property must be a year (YYYY)' })
  year?: string;

  @ApiPropertyOptional({ description: 'opaque cursor from the previous page (its `nextCursor`)' })
  @IsOptional()
  @IsCursor()
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class UnknownFigure extends DomainError {
  constructor(key: string) {
    super('not-found', 'unknown-figure', `the programme report has no figure ${key}; its figures are ${PROGRAMME_FIGURE_KEYS.join(', ')}`, [], {
      key,
      keys: PROGRAMME_FIGURE_KEYS.join(', '),
    });
  }
}

export class GetFigureEvents {
  constructor(
    readonly key: string,
    readonly query: FigureEventsQueryDto,
    readonly user: AuthenticatedUser,
  ) {}
}

type Row = Record<string, any>;

/**
 * The events behind one figure of the report, for the same scope and period: each with what it
 * adds to the figure. The quantities of all pages sum to the figure (`total` says so on each page).
 */
@QueryHandler(GetFigureEvents)
export class GetFigureEventsHandler implements IQueryHandler<GetFigureEvents> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ key, query, user }: GetFigureEvents) {
    if (!isProgrammeFigureKey(key)) throw new UnknownFigure(key);
    const scope = await resolveReportScope(this.db, query, user);
    const where = ['figure = ?', ...scope.where, ...(query.year ? ['year = ?'] : [])];
    const params = [key, ...scope.params, ...(query.year ? [query.year] : [])];
    const sum = await this.db.get<{ total: number | string | null; events: number | string }>(
      `SELECT SUM(quantity) AS total, COUNT(*) AS events FROM programme_facts WHERE ${where.join(' AND ')}`,
      params,
    );
    const { rows, nextCursor } = await readKeysetPage<Row>(this.db, {
      select: 'SELECT * FROM programme_facts',
      where,
      params,
      sortColumn: 'occurred_on',
      idColumn: 'event_id',
      sortKeyOf: (row) => row.occurred_on,
      idOf: (row) => row.event_id,
      direction: 'ascending',
      cursor: query.cursor,
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
    });
    return {
      figure: key,
      total: Number(sum?.total ?? 0),
      events: Number(sum?.events ?? 0),
      items: rows.map((row) => ({
        eventId: row.event_id,
        type: row.event_type,
        streamId: row.stream_id,
        position: String(row.global_position),
        subjectId: row.subject_id,
        occurredOn: row.occurred_on,
        year: row.year,
        quantity: Number(row.quantity),
        partnershipId: row.partnership_id ?? undefined,
        givingHospitalId: row.giving_hospital_id ?? undefined,
        receivingHospitalId: row.receiving_hospital_id ?? undefined,
        consortiumId: row.consortium_id ?? undefined,
      })),
      nextCursor,
    };
  }
}
