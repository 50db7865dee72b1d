import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '@telemed/auth';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { FigureEventsQueryDto, GetFigureEvents } from '@telemed/application/reports/figure-events.query';
import { GetProgrammeReport, ProgrammeReportQueryDto, type ProgrammeReport, type ReportFormat } from '@telemed/application/reports/programme-report.query';
import { ApiRead } from '../http/openapi/api-operation';
import { FIGURE_EVENTS, PROGRAMME_REPORT, PROGRAMME_REPORT_CSV, PROGRAMME_REPORT_XLSX } from './report.responses';
import { programmeReportCsv, programmeReportXlsx, type ReportFile } from '@telemed/application/reports/programme-report.download';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `?format` wins; otherwise an Accept header asking for CSV or a spreadsheet before JSON gets it. */
function formatAsked(format: ReportFormat | undefined, accept: string | undefined): ReportFormat {
  if (format) return format;
  const accepted = (accept ?? '').toLowerCase();
  if (accepted.includes('text/csv')) return 'csv';
  if (accepted.includes(XLSX)) return 'xlsx';
  return 'json';
}

@ApiTags('reports')
@Controller('v1/reports/programme')
export class ReportsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Allow('report.read-programme')
  @ApiRead({
    summary: 'The programme report: each figure by Beijing year and in total',
    description:
      'Name exactly one of programme, partnershipId, givingHospitalId, receivingHospitalId, consortiumId (`report-scope-required` otherwise); from/to are Beijing days (to inclusive). ' +
      '`?format=csv|xlsx`, or an Accept header asking for `text/csv` or the spreadsheet type before JSON, downloads the table as an attachment.',
    ok: PROGRAMME_REPORT,
    alternatives: { 'text/csv': PROGRAMME_REPORT_CSV, [XLSX]: PROGRAMME_REPORT_XLSX },
    notFound: true,
  })
  async report(
    @Query() query: ProgrammeReportQueryDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProgrammeReport | Buffer> {
    const report: ProgrammeReport = await this.queries.execute(new GetProgrammeReport(query, user));
    const format = formatAsked(query.format, accept);
    if (format === 'json') return report;
    const file: ReportFile = format === 'csv' ? programmeReportCsv(report) : await programmeReportXlsx(report);
    void reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`);
    return file.body;
  }

  @Get('figures/:key/events')
  @Allow('report.read-programme')
  @ApiRead({
    summary: 'The events behind one figure of the report, for the same scope and period (and `year`), paged by `cursor`',
    description: 'An unknown figure key is 404 `unknown-figure`.',
    ok: FIGURE_EVENTS,
    notFound: true,
  })
  figureEvents(@Param('key') key: string, @Query() query: FigureEventsQueryDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetFigureEvents(key, query, user));
  }
}
