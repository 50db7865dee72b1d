import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { RequestMetadata } from '../http/request-metadata';
import { ChangeConsortium, FormConsortiumDto, JoinConsortiumDto, LeaveConsortiumDto } from './consortium-commands';
import { GetConsortium, ListConsortia } from './consortia.queries';

@ApiTags('consortia')
@ApiBearerAuth()
@Controller('v1/consortia')
export class ConsortiaController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Allow('consortium.record')
  @ApiOperation({ summary: 'form a medical consortium (医联体) or a specialist alliance (专科联盟) under a lead hospital' })
  form(@Body() body: FormConsortiumDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new ChangeConsortium({ kind: 'form', body }, user, metadata));
  }

  @Post(':id/members')
  @Allow('consortium.record')
  @ApiOperation({ summary: 'a hospital joins on `joinedAt`; joining while already a member (or as the lead) is 409 `already-a-member`' })
  join(@Param('id') id: string, @Body() body: JoinConsortiumDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new ChangeConsortium({ kind: 'join', consortiumId: id, body }, user, metadata));
  }

  @Post(':id/members/:hospitalId/leave')
  @Allow('consortium.record')
  @ApiOperation({ summary: 'a member leaves (on `at`, today unless given); 409 `not-a-member` otherwise' })
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
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetConsortium(id, user));
  }

  @Get()
  @Allow('consortium.read')
  list(@CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new ListConsortia(user));
  }
}
