import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { RequestMetadata } from '../http/request-metadata';
import { RecordResearchOutputCommand, RecordResearchOutputDto } from './record-research-output';
import { GetResearchOutput, ListResearchOutputs, ListResearchOutputsDto } from './research-outputs.queries';

@ApiTags('research outputs')
@ApiBearerAuth()
@Controller('v1/research-outputs')
export class ResearchOutputsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Allow('research-output.record')
  @ApiOperation({ summary: 'record a grant application, a grant awarded or a paper (with its DOI), for a pairing or a partnership' })
  record(@Body() body: RecordResearchOutputDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new RecordResearchOutputCommand(body, user, metadata));
  }

  @Get(':id')
  @Allow('research-output.read')
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetResearchOutput(id, user));
  }

  @Get()
  @Allow('research-output.read')
  list(@Query() filter: ListResearchOutputsDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new ListResearchOutputs(filter, user));
  }
}
