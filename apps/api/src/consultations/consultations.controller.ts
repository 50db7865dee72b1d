import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Commands } from '@telemed/application/commands/commands';
import { ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiCommand, ApiRead } from '../http/openapi/api-operation';
import { CONSULTATION_DETAIL, CONSULTATION_PAGE, SCHEDULED } from './consultation.responses';
import { RecordsPatientAccess } from '../audit/patient-access.interceptor';
import { RequestMetadata } from '../http/request-metadata';
import { RequestConsultation, RequestConsultationDto } from '@telemed/application/consultations/request-consultation';
import { AcceptConsultation, AcceptConsultationDto } from '@telemed/application/consultations/accept-consultation';
import { DeclineConsultation, DeclineConsultationDto, ReasonDto } from '@telemed/application/consultations/decline-consultation';
import { ScheduleConsultation, ScheduleConsultationDto } from '@telemed/application/consultations/schedule-consultation';
import { StartConsultation } from '@telemed/application/consultations/start-consultation';
import { SignOpinion, SignOpinionDto } from '@telemed/application/consultations/sign-opinion';
import { CancelConsultation } from '@telemed/application/consultations/cancel-consultation';
import { RequestInformation, QuestionDto } from '@telemed/application/consultations/request-information';
import { ProvideInformation, AnswerDto } from '@telemed/application/consultations/provide-information';
import { GiveFeedback, FeedbackDto } from '@telemed/application/consultations/give-feedback';
import { GetConsultation, ListConsultations, ListConsultationsDto } from '@telemed/application/consultations/consultation.queries';

@ApiTags('consultations')
@Controller('v1/consultations')
export class ConsultationsController {
  constructor(
    private readonly commands: Commands,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Allow('consultation.request')
  @ApiCommand({
    summary: 'Request a remote consultation for a patient of the caller’s hospital',
    conflicts: ['no-agreement-in-force', 'partnership-inactive', 'already-requested'],
  })
  request(@Body() body: RequestConsultationDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new RequestConsultation(body, user, metadata));
  }

  @Post(':id/accept')
  @Allow('consultation.accept')
  @ApiCommand({ summary: 'Accept a consultation (as the expert who will answer it)', notFound: true, conflicts: ['illegal-transition', 'not-requested-expert', 'title-below-requested'] })
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
  @ApiCommand({ summary: 'Decline a consultation, with a reason code and a reason', notFound: true, conflicts: ['illegal-transition'] })
  decline(@Param('id') id: string, @Body() body: DeclineConsultationDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new DeclineConsultation(id, body, user, metadata));
  }

  @Post(':id/schedule')
  @Allow('consultation.schedule')
  @ApiCommand({
    summary: 'Schedule or reschedule a consultation into a slot of the assigned expert',
    answer: SCHEDULED,
    notFound: true,
    conflicts: ['illegal-transition', 'double-booking'],
  })
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
  @ApiCommand({ summary: 'Start the scheduled consultation', notFound: true, conflicts: ['illegal-transition'] })
  start(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new StartConsultation(id, user, metadata));
  }

  @Post(':id/opinion')
  @Allow('consultation.sign-opinion')
  @ApiCommand({ summary: 'Write and sign the opinion, completing the consultation', notFound: true, conflicts: ['illegal-transition'] })
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
  @ApiCommand({ summary: 'Cancel a consultation before it is completed', notFound: true, conflicts: ['illegal-transition'] })
  cancel(@Param('id') id: string, @Body() body: ReasonDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new CancelConsultation(id, body, user, metadata));
  }

  @Post(':id/questions')
  @Allow('consultation.ask-question')
  @ApiCommand({
    summary: 'Ask the requesting clinician for information (as the assigned expert): the consultation waits, its answer clock paused',
    notFound: true,
    conflicts: ['illegal-transition'],
  })
  askQuestion(@Param('id') id: string, @Body() body: QuestionDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new RequestInformation(id, body, user, metadata));
  }

  @Post(':id/answers')
  @Allow('consultation.answer-question')
  @ApiCommand({
    summary: 'Answer the expert’s open question (as the requesting clinician): the consultation resumes where it was',
    notFound: true,
    conflicts: ['illegal-transition'],
  })
  answerQuestion(@Param('id') id: string, @Body() body: AnswerDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new ProvideInformation(id, body, user, metadata));
  }

  @Post(':id/feedback')
  @Allow('consultation.give-feedback')
  @ApiCommand({
    summary: 'Rate the signed opinion from 1 to 5, with an optional comment (as the requesting clinician, once)',
    notFound: true,
    conflicts: ['illegal-transition', 'feedback-already-given'],
  })
  giveFeedback(@Param('id') id: string, @Body() body: FeedbackDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new GiveFeedback(id, body, user, metadata));
  }

  @Get(':id')
  @RecordsPatientAccess('consultations', 'one')
  @Allow('consultation.read')
  @ApiRead({ summary: 'A consultation, as the caller may see it, with its questions and answers', ok: CONSULTATION_DETAIL, notFound: true })
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetConsultation(id, user));
  }

  @Get()
  @RecordsPatientAccess('consultations', 'page')
  @Allow('consultation.read')
  @ApiRead({ summary: 'Consultations the caller may see, newest request first, paged by `cursor`', ok: CONSULTATION_PAGE })
  list(@Query() filter: ListConsultationsDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new ListConsultations(filter, user));
  }
}
