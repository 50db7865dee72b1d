import { Inject } from '@nestjs/common';
import { Query, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { AuthenticatedUser } from '@telemed/auth';
import { PROGRAMME_FIGURES, type ProgrammeFigureKey, type ReadModelStore } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { ReportScopeDto, resolveReportScope, type ResolvedScope } from './report-scope';

export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class ProgrammeReportQueryDto extends ReportScopeDto {
  @ApiPropertyOptional({ enum: REPORT_FORMATS, description: 'csv or xlsx downloads the table (so does `Accept: text/csv`)' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

export interface ProgrammeFigure {
  key: ProgrammeFigureKey;
  label: { zh: string; en: string };
  total: number;
  byYear: Record<string, number>;
}

export interface ProgrammeReport {
  scope: { kind: ResolvedScope['kind']; id: string };
  from: string | null;
  to: string | null;
  /** Every year that has a figure, in order; each figure's `byYear` names them all, zero where nothing counted. */
  years: string[];
  figures: ProgrammeFigure[];
}

export class GetProgrammeReport extends Query<ProgrammeReport> {
  constructor(
    readonly query: ProgrammeReportQueryDto,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}

/** The programme's table: each figure a sum of its facts, by Beijing year and in total. */
@QueryHandler(GetProgrammeReport)
export class GetProgrammeReportHandler implements IQueryHandler<GetProgrammeReport, ProgrammeReport> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ query, user }: GetProgrammeReport): Promise<ProgrammeReport> {
    const scope = await resolveReportScope(this.db, query, user);
    const rows = await this.db.all<{ figure: string; year: string; total: number | string }>(
      `SELECT figure, year, SUM(quantity) AS total FROM programme_facts WHERE ${scope.where.join(' AND ')} GROUP BY figure, year`,
      scope.params,
    );
    const years = [...new Set(rows.map((row) => row.year))].sort();
    const figures = PROGRAMME_FIGURES.map(({ key, label }): ProgrammeFigure => {
      const byYear = Object.fromEntries(years.map((year) => [year, 0]));
      for (const row of rows) if (row.figure === key) byYear[row.year] = Number(row.total);
      return { key, label: { ...label }, total: Object.values(byYear).reduce((sum, value) => sum + value, 0), byYear };
    });
    return { scope: { kind: scope.kind, id: scope.id }, from: scope.from ?? null, to: scope.to ?? null, years, figures };
  }
}
