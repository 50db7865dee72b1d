import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiRead } from '../http/openapi/api-operation';
import { OVERVIEW_STATS, PARTNERSHIP_STATS, TURNAROUND } from './stats.responses';
import { GetOverviewStats, GetPartnershipStats, StatsQueryDto } from '@telemed/application/stats/stats.queries';
import { GetTurnaround, TurnaroundQueryDto } from '@telemed/application/stats/turnaround.query';

@ApiTags('stats')
@Controller('v1/stats')
export class StatsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('partnerships/:id')
  @Allow('stats.read-partnership')
  @ApiRead({
    summary: 'A partnership’s counts of consultations, case reviews and training, by business time, optionally as a series',
    ok: PARTNERSHIP_STATS,
    notFound: true,
  })
  partnership(@Param('id') id: string, @Query() query: StatsQueryDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetPartnershipStats(id, query, user));
  }

  @Get('turnaround')
  @Allow('stats.read-turnaround')
  @ApiRead({
    summary: 'How fast consultations are accepted and answered: median and 90th percentile, share within target, deadlines missed',
    description: 'Consultations requested in the range, of one partnership or every one the caller may see; optionally by month or department pairing.',
    ok: TURNAROUND,
    notFound: true,
  })
  turnaround(@Query() query: TurnaroundQueryDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetTurnaround(query, user));
  }

  @Get('overview')
  @Allow('stats.read-overview')
  @ApiRead({ summary: 'The whole programme’s counts, optionally as a series by month, year, pairing or hospital', ok: OVERVIEW_STATS })
  overview(@Query() query: StatsQueryDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetOverviewStats(query, user));
  }
}
