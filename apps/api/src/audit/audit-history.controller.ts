import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiRead } from '../http/openapi/api-operation';
import { ACCESS_PAGE, CASE_AS_OF, EVENT_PAGE, STREAM_HISTORY } from './audit.responses';
import { RequestMetadata } from '../http/request-metadata';
import { ReadQueryDto } from '@telemed/application/reading/read-query.dto';
import { GetStreamHistory } from '@telemed/application/audit/stream-history.query';
import { ListLogEvents, ListLogEventsDto } from '@telemed/application/audit/log-events.query';
import { AsOfDto, GetCaseAsOf } from '@telemed/application/audit/case-as-of.query';
import { CASE_KIND_PARAM, STREAM_ID_PARAM } from '@telemed/application/audit/audit-params';
import { ListAccessTrail, ListAccessTrailDto } from '@telemed/application/audit/access-trail.query';

/**
 * Reading the history as it was written. Auditors read everything; coordinators read the history
 * without patient details; the access trail is for auditors alone.
 */
@ApiTags('audit')
@Controller('v1/audit')
export class AuditHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get('streams/:streamId')
  @ApiParam(STREAM_ID_PARAM)
  @Allow('audit.read-stream')
  @ApiRead({ summary: 'Every event of a stream with its full envelope and metadata', ok: STREAM_HISTORY, notFound: true, conflicts: ['ambiguous-stream-id'] })
  stream(
    @Param('streamId') streamId: string,
    @Query() _query: ReadQueryDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestMetadata() metadata: EventMetadata,
  ) {
    return this.queries.execute(new GetStreamHistory(streamId, user, metadata));
  }

  @Get('events')
  @Allow('audit.read-log')
  @ApiRead({ summary: 'The log, filtered by actor, type and time, in position order, paged by `cursor`', ok: EVENT_PAGE })
  events(@Query() filter: ListLogEventsDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.queries.execute(new ListLogEvents(filter, user, metadata));
  }

  @Get('access')
  @Allow('audit.read-access-trail')
  @ApiRead({ summary: 'The access trail: who read which case’s patient details, when and from where', ok: ACCESS_PAGE })
  access(@Query() filter: ListAccessTrailDto) {
    return this.queries.execute(new ListAccessTrail(filter));
  }

  @Get(':kind/:id/as-of')
  @ApiParam(CASE_KIND_PARAM)
  @Allow('audit.read-as-of')
  @ApiRead({ summary: 'The state of a consultation, case review or training session as it was at an instant', ok: CASE_AS_OF, notFound: true })
  asOf(
    @Param('kind') kind: string,
    @Param('id') id: string,
    @Query() query: AsOfDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestMetadata() metadata: EventMetadata,
  ) {
    return this.queries.execute(new GetCaseAsOf(kind, id, query.at, user, metadata));
  }
}
