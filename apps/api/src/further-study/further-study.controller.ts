import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Commands } from '@telemed/application/commands/commands';
import { ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiCommand, ApiRead } from '../http/openapi/api-operation';
import { FURTHER_STUDY, FURTHER_STUDY_PAGE } from './further-study.responses';
import { RequestMetadata } from '../http/request-metadata';
import { StartFurtherStudy, StartFurtherStudyDto } from '@telemed/application/further-study/start-further-study';
import { CompleteFurtherStudyDto, EndFurtherStudy, WithdrawFromFurtherStudyDto } from '@telemed/application/further-study/end-further-study';
import { GetFurtherStudy, ListFurtherStudy, ListFurtherStudyDto } from '@telemed/application/further-study/further-study.queries';

@ApiTags('further study')
@Controller('v1/further-study')
export class FurtherStudyController {
  constructor(
    private readonly commands: Commands,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Allow('further-study.record')
  @ApiCommand({
    summary: 'Place a member of the receiving hospital’s staff in a giving hospital’s department (进修), or as an in-service postgraduate',
    conflicts: ['partnership-inactive', 'already-started', 'overlapping-study'],
  })
  start(@Body() body: StartFurtherStudyDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new StartFurtherStudy(body, user, metadata));
  }

  @Post(':id/completed')
  @Allow('further-study.record')
  @ApiCommand({ summary: 'Further study completed on `at` with a `certificate`', notFound: true, conflicts: ['illegal-transition'] })
  completed(@Param('id') id: string, @Body() body: CompleteFurtherStudyDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new EndFurtherStudy(id, { kind: 'completed', body }, user, metadata));
  }

  @Post(':id/withdrawn')
  @Allow('further-study.record')
  @ApiCommand({ summary: 'Withdrawn from further study on `at` for a `reason`', notFound: true, conflicts: ['illegal-transition'] })
  withdrawn(@Param('id') id: string, @Body() body: WithdrawFromFurtherStudyDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new EndFurtherStudy(id, { kind: 'withdrawn', body }, user, metadata));
  }

  @Get(':id')
  @Allow('further-study.read')
  @ApiRead({ summary: 'A placement in further study', ok: FURTHER_STUDY, notFound: true })
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetFurtherStudy(id, user));
  }

  @Get()
  @Allow('further-study.read')
  @ApiRead({ summary: 'Placements in further study, paged by `cursor`', ok: FURTHER_STUDY_PAGE })
  list(@Query() filter: ListFurtherStudyDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new ListFurtherStudy(filter, user));
  }
}
