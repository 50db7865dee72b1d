import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Commands } from '@telemed/application/commands/commands';
import { ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiCommand, ApiRead } from '../http/openapi/api-operation';
import { CASE_REVIEW_DETAIL, CASE_REVIEW_PAGE } from './case-review.responses';
import { SCHEDULED } from '../consultations/consultation.responses';
import { RecordsPatientAccess } from '../audit/patient-access.interceptor';
import { RequestMetadata } from '../http/request-metadata';
import { SlotDto } from '@telemed/application/network/publish-availability';
import { ReasonDto } from '@telemed/application/consultations/decline-consultation';
import { RequestCaseReview, RequestCaseReviewDto } from '@telemed/application/case-reviews/request-case-review';
import { InvitePanelists, InvitePanelistsDto } from '@telemed/application/case-reviews/invite-panelists';
import { AcceptInvitation } from '@telemed/application/case-reviews/accept-invitation';
import { DeclineInvitation } from '@telemed/application/case-reviews/decline-invitation';
import { ScheduleCaseReview } from '@telemed/application/case-reviews/schedule-case-review';
import { StartCaseReview } from '@telemed/application/case-reviews/start-case-review';
import { RecordContribution, RecordContributionDto } from '@telemed/application/case-reviews/record-contribution';
import { ConcludeCaseReview, ConcludeCaseReviewDto } from '@telemed/application/case-reviews/conclude-case-review';
import { CancelCaseReview } from '@telemed/application/case-reviews/cancel-case-review';
import { GetCaseReview, ListCaseReviews, ListCaseReviewsDto } from '@telemed/application/case-reviews/case-review.queries';

@ApiTags('case reviews')
@Controller('v1/case-reviews')
export class CaseReviewsController {
  constructor(
    private readonly commands: Commands,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Allow('case-review.request')
  @ApiCommand({ summary: 'Request a case discussion with a panel of experts', conflicts: ['no-agreement-in-force', 'partnership-inactive', 'already-requested'] })
  request(@Body() body: RequestCaseReviewDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new RequestCaseReview(body, user, metadata));
  }

  @Post(':id/invitations')
  @Allow('case-review.invite')
  @ApiCommand({ summary: 'Invite experts to the panel', notFound: true, conflicts: ['illegal-transition'] })
  invite(
    @Param('id') id: string,
    @Body() body: InvitePanelistsDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestMetadata() metadata: EventMetadata,
  ) {
    return this.commands.execute(new InvitePanelists(id, body, user, metadata));
  }

  @Post(':id/accept')
  @Allow('case-review.accept-invitation')
  @ApiCommand({ summary: 'Accept an invitation to the panel (as the invited expert)', notFound: true, conflicts: ['illegal-transition'] })
  accept(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new AcceptInvitation(id, user, metadata));
  }

  @Post(':id/decline')
  @Allow('case-review.decline-invitation')
  @ApiCommand({ summary: 'Decline an invitation to the panel, with a reason', notFound: true, conflicts: ['illegal-transition'] })
  decline(@Param('id') id: string, @Body() body: ReasonDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new DeclineInvitation(id, body, user, metadata));
  }

  @Post(':id/schedule')
  @Allow('case-review.schedule')
  @ApiCommand({
    summary: 'Schedule or reschedule the discussion, booking every panelist',
    answer: SCHEDULED,
    notFound: true,
    conflicts: ['illegal-transition', 'no-accepted-panelist', 'double-booking'],
  })
  schedule(@Param('id') id: string, @Body() body: SlotDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new ScheduleCaseReview(id, body, user, metadata));
  }

  @Post(':id/start')
  @Allow('case-review.start')
  @ApiCommand({ summary: 'Start the discussion', notFound: true, conflicts: ['illegal-transition', 'double-booking'] })
  start(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new StartCaseReview(id, user, metadata));
  }

  @Post(':id/contributions')
  @Allow('case-review.contribute')
  @ApiCommand({ summary: 'Record a panelist’s opinion', notFound: true, conflicts: ['illegal-transition', 'not-started-yet'] })
  contribute(
    @Param('id') id: string,
    @Body() body: RecordContributionDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestMetadata() metadata: EventMetadata,
  ) {
    return this.commands.execute(new RecordContribution(id, body, user, metadata));
  }

  @Post(':id/conclude')
  @Allow('case-review.conclude')
  @ApiCommand({ summary: 'Conclude the discussion', notFound: true, conflicts: ['illegal-transition', 'not-started-yet'] })
  conclude(
    @Param('id') id: string,
    @Body() body: ConcludeCaseReviewDto,
    @CurrentUser() user: AuthenticatedUser,
    @RequestMetadata() metadata: EventMetadata,
  ) {
    return this.commands.execute(new ConcludeCaseReview(id, body, user, metadata));
  }

  @Post(':id/cancel')
  @Allow('case-review.cancel')
  @ApiCommand({ summary: 'Cancel a case discussion before it is concluded', notFound: true, conflicts: ['illegal-transition'] })
  cancel(@Param('id') id: string, @Body() body: ReasonDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new CancelCaseReview(id, body, user, metadata));
  }

  @Get(':id')
  @RecordsPatientAccess('case-reviews', 'one')
  @Allow('case-review.read')
  @ApiRead({ summary: 'A case discussion with its panel, contributions and materials, as the caller may see it', ok: CASE_REVIEW_DETAIL, notFound: true })
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetCaseReview(id, user));
  }

  @Get()
  @RecordsPatientAccess('case-reviews', 'page')
  @Allow('case-review.read')
  @ApiRead({ summary: 'Case discussions the caller may see, newest request first, paged by `cursor`', ok: CASE_REVIEW_PAGE })
  list(@Query() filter: ListCaseReviewsDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new ListCaseReviews(filter, user));
  }
}
