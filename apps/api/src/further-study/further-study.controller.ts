import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { RequestMetadata } from '../http/request-metadata';
import { StartFurtherStudy, StartFurtherStudyDto } from './start-further-study';
import { CompleteFurtherStudyDto, EndFurtherStudy, WithdrawFromFurtherStudyDto } from './end-further-study';
import { GetFurtherStudy, ListFurtherStudy, ListFurtherStudyDto } from './further-study.queries';

@ApiTags('further study')
@ApiBearerAuth()
@Controller('v1/further-study')
export class FurtherStudyController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Allow('further-study.record')
  @ApiOperation({
    summary: 'place a member of the receiving hospital’s staff in a giving hospital’s department (进修), or as an in-service postgraduate',
    description: 'A placement overlapping another of the same person (same staff number at the same hospital) is 409 `overlapping-study`.',
  })
  start(@Body() body: StartFurtherStudyDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new StartFurtherStudy(body, user, metadata));
  }

  @Post(':id/completed')
  @Allow('further-study.record')
  @ApiOperation({ summary: 'completed on `at` with a `certificate`' })
  completed(@Param('id') id: string, @Body() body: CompleteFurtherStudyDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new EndFurtherStudy(id, { kind: 'completed', body }, user, metadata));
  }

  @Post(':id/withdrawn')
  @Allow('further-study.record')
  @ApiOperation({ summary: 'withdrawn on `at` for a `reason`' })
  withdrawn(@Param('id') id: string, @Body() body: WithdrawFromFurtherStudyDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new EndFurtherStudy(id, { kind: 'withdrawn', body }, user, metadata));
  }

  @Get(':id')
  @Allow('further-study.read')
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetFurtherStudy(id, user));
  }

  @Get()
  @Allow('further-study.read')
  list(@Query() filter: ListFurtherStudyDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new ListFurtherStudy(filter, user));
  }
}
