import { Module } from '@nestjs/common';
import { RecordOverdueCaseReviewDeadlineHandler } from './record-overdue-case-review-deadline';
import { RequestCaseReviewHandler } from './request-case-review';
import { InvitePanelistsHandler } from './invite-panelists';
import { AcceptInvitationHandler } from './accept-invitation';
import { DeclineInvitationHandler } from './decline-invitation';
import { ScheduleCaseReviewHandler } from './schedule-case-review';
import { StartCaseReviewHandler } from './start-case-review';
import { RecordContributionHandler } from './record-contribution';
import { ConcludeCaseReviewHandler } from './conclude-case-review';
import { CancelCaseReviewHandler } from './cancel-case-review';
import { GetCaseReviewHandler, ListCaseReviewsHandler } from './case-review.queries';

const PROVIDERS = [
  RecordOverdueCaseReviewDeadlineHandler,
  RequestCaseReviewHandler,
  InvitePanelistsHandler,
  AcceptInvitationHandler,
  DeclineInvitationHandler,
  ScheduleCaseReviewHandler,
  StartCaseReviewHandler,
  RecordContributionHandler,
  ConcludeCaseReviewHandler,
  CancelCaseReviewHandler,
  GetCaseReviewHandler,
  ListCaseReviewsHandler,
];

/** Case discussions: a panel of experts invited to review one case together. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class CaseReviewsModule {}
