import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { GetOverviewStats, GetPartnershipStats, StatsQueryDto } from './stats.queries';
import { GetTurnaround, TurnaroundQueryDto } from './turnaround.query';

@ApiTags('stats')
@ApiBearerAuth()
@Controller('v1/stats')
export class StatsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('partnerships/:id')
  @Allow('stats.read-partnership')
  partnership(@Param('id') id: string, @Query() query: StatsQueryDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetPartnershipStats(id, query, user));
  }

  @Get('turnaround')
  @Allow('stats.read-turnaround')
  turnaround(@Query() query: TurnaroundQueryDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetTurnaround(query, user));
  }

  @Get('overview')
  @Allow('stats.read-overview')
  overview(@Query() query: StatsQueryDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetOverviewStats(query, user));
  }
}
