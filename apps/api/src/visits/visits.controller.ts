import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { RequestMetadata } from '../http/request-metadata';
import { RecordVisit, RecordVisitDto } from './record-visit';
import { GetVisit, ListVisits, ListVisitsDto } from './visits.queries';

@ApiTags('short visits')
@ApiBearerAuth()
@Controller('v1/visits')
export class VisitsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Allow('visit.record')
  @ApiOperation({
    summary: 'record a short visit once it is over: lectures, mobile clinics (巡回医疗), surgical guidance, ward rounds',
    description: 'Dates are Beijing calendar dates, both inclusive; `end` before `start` is 400 `ends-before-it-starts`, a visit not over yet 409 `not-over-yet`.',
  })
  record(@Body() body: RecordVisitDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new RecordVisit(body, user, metadata));
  }

  @Get(':id')
  @Allow('visit.read')
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetVisit(id, user));
  }

  @Get()
  @Allow('visit.read')
  @ApiOperation({ summary: 'visits by first day, latest first; `from`/`to` keep those overlapping the period' })
  list(@Query() filter: ListVisitsDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new ListVisits(filter, user));
  }
}
