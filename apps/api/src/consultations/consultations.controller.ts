import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { RecordsPatientAccess } from '../audit/patient-access.interceptor';
import { RequestMetadata } from '../http/request-metadata';
import { RequestConsultation, RequestConsultationDto } from './request-consultation';
import { AcceptConsultation, AcceptConsultationDto } from './accept-consultation';
import { DeclineConsultation, DeclineConsultationDto, ReasonDto } from './decline-consultation';
import { ScheduleConsultation, ScheduleConsultationDto } from './schedule-consultation';
import { StartConsultation } from './start-consultation';
import { SignOpinion, SignOpinionDto } from './sign-opinion';
import { CancelConsultation } from './cancel-consultation';
import { RequestInformation, QuestionDto } from './request-information';
import { ProvideInformation, AnswerDto } from './provide-information';
import { GiveFeedback, FeedbackDto } from './give-feedback';
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
  @Allow('consultation.request')
  request(@Body() body: RequestConsultationDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new RequestConsultation(body, user, metadata));
  }

  @Post(':id/accept')
  @Allow('consultation.accept')
  accept(
    @Param('id') id: string,
    @Body() body: AcceptConsultationDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestMetadata() metadata: EventMetadata,
  ) {
    return this.commands.execute(new AcceptConsultation(id, body, user, metadata));
  }

  @Post(':id/decline')
  @Allow('consultation.decline')
  decline(@Param('id') id: string, @Body() body: DeclineConsultationDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new DeclineConsultation(id, body, user, metadata));
  }

  @Post(':id/schedule')
  @Allow('consultation.schedule')
  schedule(
    @Param('id') id: string,
    @Body() body: ScheduleConsultationDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestMetadata() metadata: EventMetadata,
  ) {
    return this.commands.execute(new ScheduleConsultation(id, body, user, metadata));
  }

  @Post(':id/start')
  @Allow('consultation.start')
  start(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new StartConsultation(id, user, metadata));
  }

  @Post(':id/opinion')
  @Allow('consultation.sign-opinion')
  signOpinion(
    @Param('id') id: string,
    @Body() body: SignOpinionDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestMetadata() metadata: EventMetadata,
  ) {
    return this.commands.execute(new SignOpinion(id, body, user, metadata));
  }

  @Post(':id/cancel')
  @Allow('consultation.cancel')
  cancel(@Param('id') id: string, @Body() body: ReasonDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new CancelConsultation(id, body, user, metadata));
  }

  @Post(':id/questions')
  @Allow('consultation.ask-question')
  askQuestion(@Param('id') id: string, @Body() body: QuestionDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new RequestInformation(id, body, user, metadata));
  }

  @Post(':id/answers')
  @Allow('consultation.answer-question')
  answerQuestion(@Param('id') id: string, @Body() body: AnswerDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new ProvideInformation(id, body, user, metadata));
  }

  @Post(':id/feedback')
  @Allow('consultation.give-feedback')
  giveFeedback(@Param('id') id: string, @Body() body: FeedbackDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new GiveFeedback(id, body, user, metadata));
  }

  @Get(':id')
  @RecordsPatientAccess('consultations', 'one')
  @Allow('consultation.read')
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetConsultation(id, user));
  }

  @Get()
  @RecordsPatientAccess('consultations', 'page')
  @Allow('consultation.read')
  list(@Query() filter: ListConsultationsDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new ListConsultations(filter, user));
  }
}
