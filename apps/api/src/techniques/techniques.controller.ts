import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Commands } from '@telemed/application/commands/commands';
import { ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiCommand, ApiRead } from '../http/openapi/api-operation';
import { TECHNIQUE, TECHNIQUE_PAGE } from './technique.responses';
import { RequestMetadata } from '../http/request-metadata';
import { FirstPerformanceDto, ProposeTechnique, ProposeTechniqueDto, RecordTechniqueChange, TechniqueCasesDto } from '@telemed/application/techniques/technique-commands';
import { GetTechnique, ListTechniques, ListTechniquesDto } from '@telemed/application/techniques/techniques.queries';

@ApiTags('new techniques')
@Controller('v1/techniques')
export class TechniquesController {
  constructor(
    private readonly commands: Commands,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Allow('technique.record')
  @ApiCommand({ summary: 'Propose a new technique or project (新技术新项目) for a department pairing', conflicts: ['partnership-inactive', 'already-proposed'] })
  propose(@Body() body: ProposeTechniqueDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new ProposeTechnique(body, user, metadata));
  }

  @Post(':id/performed')
  @Allow('technique.record')
  @ApiCommand({
    summary: 'A technique first performed locally on `at`, under a supervising expert',
    notFound: true,
    conflicts: ['illegal-transition', 'performed-before-proposed'],
  })
  performed(@Param('id') id: string, @Body() body: FirstPerformanceDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new RecordTechniqueChange(id, { kind: 'performed', body }, user, metadata));
  }

  @Post(':id/cases')
  @Allow('technique.record')
  @ApiCommand({
    summary: 'The cases done locally in one month (`period`, YYYY-MM), once per month, from the first performance on',
    notFound: true,
    conflicts: ['illegal-transition', 'period-already-recorded'],
  })
  cases(@Param('id') id: string, @Body() body: TechniqueCasesDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new RecordTechniqueChange(id, { kind: 'cases', body }, user, metadata));
  }

  @Get(':id')
  @Allow('technique.read')
  @ApiRead({ summary: 'A new technique with its cases by month', ok: TECHNIQUE, notFound: true })
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetTechnique(id, user));
  }

  @Get()
  @Allow('technique.read')
  @ApiRead({ summary: 'New techniques, paged by `cursor`', ok: TECHNIQUE_PAGE })
  list(@Query() filter: ListTechniquesDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new ListTechniques(filter, user));
  }
}
