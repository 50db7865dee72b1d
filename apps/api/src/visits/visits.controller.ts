import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Commands } from '@telemed/application/commands/commands';
import { ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiCommand, ApiRead } from '../http/openapi/api-operation';
import { VISIT, VISIT_PAGE } from './visit.responses';
import { RequestMetadata } from '../http/request-metadata';
import { RecordVisit, RecordVisitDto } from '@telemed/application/visits/record-visit';
import { GetVisit, ListVisits, ListVisitsDto } from '@telemed/application/visits/visits.queries';

@ApiTags('short visits')
@Controller('v1/visits')
export class VisitsController {
  constructor(
    private readonly commands: Commands,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Allow('visit.record')
  @ApiCommand({
    summary: 'Record a short visit once it is over: lectures, mobile clinics (巡回医疗), surgical guidance, ward rounds',
    conflicts: ['partnership-inactive', 'already-recorded'],
  })
  record(@Body() body: RecordVisitDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new RecordVisit(body, user, metadata));
  }

  @Get(':id')
  @Allow('visit.read')
  @ApiRead({ summary: 'A short visit with its outcomes', ok: VISIT, notFound: true })
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetVisit(id, user));
  }

  @Get()
  @Allow('visit.read')
  @ApiRead({ summary: 'Visits by first day, latest first; `from`/`to` keep those overlapping the period', ok: VISIT_PAGE })
  list(@Query() filter: ListVisitsDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new ListVisits(filter, user));
  }
}
