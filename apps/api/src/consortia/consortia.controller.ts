import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Commands } from '@telemed/application/commands/commands';
import { ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiCommand, ApiRead } from '../http/openapi/api-operation';
import { CONSORTIUM, CONSORTIUM_LIST } from './consortium.responses';
import { RequestMetadata } from '../http/request-metadata';
import { ChangeConsortium, FormConsortiumDto, JoinConsortiumDto, LeaveConsortiumDto } from '@telemed/application/consortia/consortium-commands';
import { GetConsortium, ListConsortia } from '@telemed/application/consortia/consortia.queries';

@ApiTags('consortia')
@Controller('v1/consortia')
export class ConsortiaController {
  constructor(
    private readonly commands: Commands,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Allow('consortium.record')
  @ApiCommand({ summary: 'Form a medical consortium (医联体) or a specialist alliance (专科联盟) under a lead hospital', conflicts: ['already-formed'] })
  form(@Body() body: FormConsortiumDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new ChangeConsortium({ kind: 'form', body }, user, metadata));
  }

  @Post(':id/members')
  @Allow('consortium.record')
  @ApiCommand({ summary: 'A hospital joins a consortium on `joinedAt`', notFound: true, conflicts: ['already-a-member'] })
  join(@Param('id') id: string, @Body() body: JoinConsortiumDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new ChangeConsortium({ kind: 'join', consortiumId: id, body }, user, metadata));
  }

  @Post(':id/members/:hospitalId/leave')
  @Allow('consortium.record')
  @ApiCommand({ summary: 'A member leaves a consortium (on `at`, today unless given)', notFound: true, conflicts: ['not-a-member', 'left-before-joining'] })
  leave(
    @Param('id') id: string,
    @Param('hospitalId') hospitalId: string,
    @Body() body: LeaveConsortiumDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestMetadata() metadata: EventMetadata,
  ) {
    return this.commands.execute(new ChangeConsortium({ kind: 'leave', consortiumId: id, hospitalId, body }, user, metadata));
  }

  @Get(':id')
  @Allow('consortium.read')
  @ApiRead({ summary: 'A consortium with every membership', ok: CONSORTIUM, notFound: true })
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetConsortium(id, user));
  }

  @Get()
  @Allow('consortium.read')
  @ApiRead({ summary: 'The consortia the caller may see, by name', ok: CONSORTIUM_LIST })
  list(@CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new ListConsortia(user));
  }
}
