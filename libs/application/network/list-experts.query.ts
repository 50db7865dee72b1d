import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { EXPERT_TITLES, type ExpertTitle } from '@telemed/domain/expert';
import type { ReadModelStore, SqlValue } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { IsId, IsName } from '../requests/dto';
import { readKeysetPage } from '../reading/keyset-page';
import { DEFAULT_PAGE_SIZE, PageQueryDto } from '../reading/page-query.dto';
import { containsText } from '../reading/text-search';
import type { DepartmentName, HospitalName } from './network-names';

type Row = Record<string, any>;

export class ListExpertsDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'experts of this hospital' })
  @IsOptional()
  @IsId()
  hospitalId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'experts of this department' })
  @IsOptional()
  @IsId()
  departmentId?: string;

  @ApiPropertyOptional({ example: 'cardiology', description: 'experts of this specialty (exactly as registered)' })
  @IsOptional()
  @IsName()
  specialty?: string;

  @ApiPropertyOptional({ enum: EXPERT_TITLES })
  @IsOptional()
  @IsIn(EXPERT_TITLES)
  title?: ExpertTitle;

  @ApiPropertyOptional({ example: 'zhang', description: 'a part of the expert’s name (ASCII letters in any case)' })
  @IsOptional()
  @IsName()
  q?: string;
}

/** An expert as anyone looking for one may see them: who they are and where they work, nothing of their calendar. */
export interface ExpertListing {
  id: string;
  name: string;
  title: ExpertTitle;
  specialty: string;
  hospital: HospitalName;
  department: DepartmentName;
}

export class ListExperts {
  constructor(readonly filter: ListExpertsDto) {}
}

/** Experts by name, then id, paged by keyset; every role finds the same experts (any may be invited to a panel). */
@QueryHandler(ListExperts)
export class ListExpertsHandler implements IQueryHandler<ListExperts, { items: ExpertListing[]; nextCursor: string | null }> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ filter }: ListExperts) {
    const where: string[] = [];
    const params: SqlValue[] = [];
    const equal = (column: string, value: string | undefined) => {
      if (value === undefined) return;
      where.push(`${column} = ?`);
      params.push(value);
    };
    equal('e.hospital_id', filter.hospitalId);
    equal('e.department_id', filter.departmentId);
    equal('e.specialty', filter.specialty);
    equal('e.title', filter.title);
    if (filter.q !== undefined) {
      const search = containsText('e.name', filter.q);
      where.push(search.condition);
      params.push(search.param);
    }
    const { rows, nextCursor } = await readKeysetPage<Row>(this.db, {
      select: `SELECT e.id, e.name, e.title, e.specialty, e.hospital_id, h.name AS hospital_name, h.name_zh AS hospital_name_zh,
                      e.department_id, d.name AS department_name
               FROM experts e JOIN hospitals h ON h.id = e.hospital_id JOIN departments d ON d.id = e.department_id`,
      where,
      params,
      sortColumn: 'e.name',
      idColumn: 'e.id',
      sortKeyOf: (row) => row.name,
      idOf: (row) => row.id,
      direction: 'ascending',
      cursor: filter.cursor,
      limit: filter.limit ?? DEFAULT_PAGE_SIZE,
    });
    return {
      items: rows.map(
        (row): ExpertListing => ({
          id: row.id,
          name: row.name,
          title: row.title,
          specialty: row.specialty,
          hospital: { id: row.hospital_id, name: row.hospital_name, nameZh: row.hospital_name_zh ?? null },
          department: { id: row.department_id, name: row.department_name },
        }),
      ),
      nextCursor,
    };
  }
}
