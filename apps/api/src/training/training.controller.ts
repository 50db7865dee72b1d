import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Commands } from '@telemed/application/commands/commands';
import { ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiCommand, ApiRead } from '../http/openapi/api-operation';
import { ATTENDANCE, TRAINING_SESSION, TRAINING_SESSION_PAGE } from './training.responses';
import { SCHEDULED } from '../consultations/consultation.responses';
import { RequestMetadata } from '../http/request-metadata';
import { SlotDto } from '@telemed/application/network/publish-availability';
import { ReasonDto } from '@telemed/application/consultations/decline-consultation';
import { PlanTrainingSession, PlanTrainingSessionDto } from '@telemed/application/training/plan-training-session';
import { RescheduleTrainingSession } from '@telemed/application/training/reschedule-training-session';
import { MarkHeld, MarkHeldDto } from '@telemed/application/training/mark-held';
import { RecordAttendance, RecordAttendanceDto } from '@telemed/application/training/record-attendance';
import { CancelTrainingSession } from '@telemed/application/training/cancel-training-session';
import { GetTrainingSession, ListTrainingSessions, ListTrainingSessionsDto } from '@telemed/application/training/training.queries';
import { AttendanceQueryDto, GetAttendance } from '@telemed/application/training/attendance.query';

@ApiTags('training sessions')
@Controller('v1/training-sessions')
export class TrainingController {
  constructor(
    private readonly commands: Commands,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Allow('training.plan')
  @ApiCommand({ summary: 'Plan a training session, booking its trainers', answer: SCHEDULED, conflicts: ['partnership-inactive', 'already-planned', 'double-booking'] })
  plan(@Body() body: PlanTrainingSessionDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new PlanTrainingSession(body, user, metadata));
  }

  @Post(':id/reschedule')
  @Allow('training.reschedule')
  @ApiCommand({ summary: 'Move a planned session to another slot', answer: SCHEDULED, notFound: true, conflicts: ['illegal-transition', 'double-booking'] })
  reschedule(@Param('id') id: string, @Body() body: SlotDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new RescheduleTrainingSession(id, body, user, metadata));
  }

  @Post(':id/held')
  @Allow('training.mark-held')
  @ApiCommand({ summary: 'Mark a session held', notFound: true, conflicts: ['illegal-transition', 'not-over-yet'] })
  markHeld(@Param('id') id: string, @Body() body: MarkHeldDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new MarkHeld(id, body, user, metadata));
  }

  @Post(':id/attendance')
  @Allow('training.record-attendance')
  @ApiCommand({
    summary: 'Record attendees of a held session (may be posted more than once; a person counts once per session)',
    notFound: true,
    conflicts: ['illegal-transition'],
  })
  recordAttendance(
    @Param('id') id: string,
    @Body() body: RecordAttendanceDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestMetadata() metadata: EventMetadata,
  ) {
    return this.commands.execute(new RecordAttendance(id, body, user, metadata));
  }

  @Post(':id/cancel')
  @Allow('training.cancel')
  @ApiCommand({ summary: 'Cancel a planned session', notFound: true, conflicts: ['illegal-transition'] })
  cancel(@Param('id') id: string, @Body() body: ReasonDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new CancelTrainingSession(id, body, user, metadata));
  }

  @Get(':id/attendance')
  @Allow('training.read-attendance')
  @ApiRead({
    summary: 'The attendees of a session, each once, by name',
    description: 'Coordinators, auditors, the session’s trainers and clinicians of the receiving hospital; paged by `cursor`.',
    ok: ATTENDANCE,
    notFound: true,
  })
  attendance(@Param('id') id: string, @Query() query: AttendanceQueryDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetAttendance(id, query, user));
  }

  @Get(':id')
  @Allow('training.read')
  @ApiRead({ summary: 'A training session', ok: TRAINING_SESSION, notFound: true })
  get(@Param('id') id: string) {
    return this.queries.execute(new GetTrainingSession(id));
  }

  @Get()
  @Allow('training.read')
  @ApiRead({ summary: 'Training sessions, by partnership and status, paged by `cursor`', ok: TRAINING_SESSION_PAGE })
  list(@Query() filter: ListTrainingSessionsDto) {
    return this.queries.execute(new ListTrainingSessions(filter));
  }
}
