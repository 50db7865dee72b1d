import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '@telemed/auth';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { FigureEventsQueryDto, GetFigureEvents } from './figure-events.query';
import { GetProgrammeReport, ProgrammeReportQueryDto, type ProgrammeReport, type ReportFormat } from './programme-report.query';
import { programmeReportCsv, programmeReportXlsx, type ReportFile } from './programme-report.download';

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
@ApiBearerAuth()
@Controller('v1/reports/programme')
export class ReportsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Allow('report.read-programme')
  @ApiProduces('application/json', 'text/csv', XLSX)
  @ApiOperation({
    summary: 'the programme report: each figure by Beijing year and in total',
    description:
      'Name exactly one of programme, partnershipId, givingHospitalId, receivingHospitalId, consortiumId; from/to are Beijing days (to inclusive). ' +
      '`?format=csv|xlsx` or `Accept: text/csv` downloads the table.',
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
  @ApiOperation({ summary: 'the events behind one figure of the report, for the same scope and period (and `year`)' })
  figureEvents(@Param('key') key: string, @Query() query: FigureEventsQueryDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetFigureEvents(key, query, user));
  }
}
