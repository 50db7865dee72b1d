import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { RecordsPatientAccess } from '../audit/patient-access.interceptor';
import { RequestMetadata } from '../http/request-metadata';
import { SlotDto } from '../network/publish-availability';
import { ReasonDto } from '../consultations/decline-consultation';
import { RequestCaseReview, RequestCaseReviewDto } from './request-case-review';
import { InvitePanelists, InvitePanelistsDto } from './invite-panelists';
import { AcceptInvitation } from './accept-invitation';
import { DeclineInvitation } from './decline-invitation';
import { ScheduleCaseReview } from './schedule-case-review';
import { StartCaseReview } from './start-case-review';
import { RecordContribution, RecordContributionDto } from './record-contribution';
import { ConcludeCaseReview, ConcludeCaseReviewDto } from './conclude-case-review';
import { CancelCaseReview } from './cancel-case-review';
import { GetCaseReview, ListCaseReviews, ListCaseReviewsDto } from './case-review.queries';

@ApiTags('case reviews')
@ApiBearerAuth()
@Controller('v1/case-reviews')
export class CaseReviewsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Allow('case-review.request')
  request(@Body() body: RequestCaseReviewDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new RequestCaseReview(body, user, metadata));
  }

  @Post(':id/invitations')
  @Allow('case-review.invite')
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
  accept(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new AcceptInvitation(id, user, metadata));
  }

  @Post(':id/decline')
  @Allow('case-review.decline-invitation')
  decline(@Param('id') id: string, @Body() body: ReasonDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new DeclineInvitation(id, body, user, metadata));
  }

  @Post(':id/schedule')
  @Allow('case-review.schedule')
  schedule(@Param('id') id: string, @Body() body: SlotDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new ScheduleCaseReview(id, body, user, metadata));
  }

  @Post(':id/start')
  @Allow('case-review.start')
  start(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new StartCaseReview(id, user, metadata));
  }

  @Post(':id/contributions')
  @Allow('case-review.contribute')
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
  cancel(@Param('id') id: string, @Body() body: ReasonDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new CancelCaseReview(id, body, user, metadata));
  }

  @Get(':id')
  @RecordsPatientAccess('case-reviews', 'one')
  @Allow('case-review.read')
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetCaseReview(id, user));
  }

  @Get()
  @RecordsPatientAccess('case-reviews', 'page')
  @Allow('case-review.read')
  list(@Query() filter: ListCaseReviewsDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new ListCaseReviews(filter, user));
  }
}
