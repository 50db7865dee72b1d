import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser, Roles } from '../http/auth';
import { RequestMetadata } from '../http/request-metadata';
import { RequestConsultation, RequestConsultationDto } from './request-consultation';
import { AcceptConsultation, AcceptConsultationDto } from './accept-consultation';
import { DeclineConsultation, ReasonDto } from './decline-consultation';
import { ScheduleConsultation, ScheduleConsultationDto } from './schedule-consultation';
import { StartConsultation } from './start-consultation';
import { SignOpinion, SignOpinionDto } from './sign-opinion';
import { CancelConsultation } from './cancel-consultation';
import { GetConsultation, ListConsultations, ListConsultationsDto } from './consultation.queries';

@ApiTags('consultations')
@ApiBearerAuth()
@Controller('v1/consultations')
export class ConsultationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('clinician')
  request(@Body() body: RequestConsultationDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new RequestConsultation(body, user, metadata));
  }

  @Post(':id/accept')
  @Roles('expert')
  accept(
    @Param('id') id: string,
    @Body() body: AcceptConsultationDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestMetadata() metadata: EventMetadata,
  ) {
    return this.commands.execute(new AcceptConsultation(id, body, user, metadata));
  }

  @Post(':id/decline')
  @Roles('expert')
  decline(@Param('id') id: string, @Body() body: ReasonDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new DeclineConsultation(id, body, user, metadata));
  }

  @Post(':id/schedule')
  @Roles('expert', 'coordinator')
  schedule(
    @Param('id') id: string,
    @Body() body: ScheduleConsultationDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestMetadata() metadata: EventMetadata,
  ) {
    return this.commands.execute(new ScheduleConsultation(id, body, user, metadata));
  }

  @Post(':id/start')
  @Roles('expert')
  start(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new StartConsultation(id, user, metadata));
  }

  @Post(':id/opinion')
  @Roles('expert')
  signOpinion(
    @Param('id') id: string,
    @Body() body: SignOpinionDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestMetadata() metadata: EventMetadata,
  ) {
    return this.commands.execute(new SignOpinion(id, body, user, metadata));
  }

  @Post(':id/cancel')
  @Roles('clinician', 'coordinator')
  cancel(@Param('id') id: string, @Body() body: ReasonDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new CancelConsultation(id, body, user, metadata));
  }

  @Get(':id')
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetConsultation(id, user));
  }

  @Get()
  list(@Query() filter: ListConsultationsDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new ListConsultations(filter, user));
  }
}
