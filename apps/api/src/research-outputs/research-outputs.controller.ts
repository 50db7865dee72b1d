import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Commands } from '@telemed/application/commands/commands';
import { ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiCommand, ApiRead } from '../http/openapi/api-operation';
import { RESEARCH_OUTPUT, RESEARCH_OUTPUT_PAGE } from './research-output.responses';
import { RequestMetadata } from '../http/request-metadata';
import { RecordResearchOutputCommand, RecordResearchOutputDto } from '@telemed/application/research-outputs/record-research-output';
import { GetResearchOutput, ListResearchOutputs, ListResearchOutputsDto } from '@telemed/application/research-outputs/research-outputs.queries';

@ApiTags('research outputs')
@Controller('v1/research-outputs')
export class ResearchOutputsController {
  constructor(
    private readonly commands: Commands,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Allow('research-output.record')
  @ApiCommand({
    summary: 'Record a grant application, a grant awarded or a paper (with its DOI), for a pairing or a partnership',
    conflicts: ['partnership-inactive', 'already-recorded'],
  })
  record(@Body() body: RecordResearchOutputDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new RecordResearchOutputCommand(body, user, metadata));
  }

  @Get(':id')
  @Allow('research-output.read')
  @ApiRead({ summary: 'A research output', ok: RESEARCH_OUTPUT, notFound: true })
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetResearchOutput(id, user));
  }

  @Get()
  @Allow('research-output.read')
  @ApiRead({ summary: 'Research outputs, paged by `cursor`', ok: RESEARCH_OUTPUT_PAGE })
  list(@Query() filter: ListResearchOutputsDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new ListResearchOutputs(filter, user));
  }
}
