import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@telemed/runtime';
import type { UpcasterRegistry } from '@telemed/event-store/upcasting';
import { CqrsModule } from '@nestjs/cqrs';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { Clock, IdGenerator } from './infrastructure/tokens';
import { ObservabilityModule } from './observability/observability.module';
import { HistoryVerifier } from './audit/verify-history';
import { ReadModelRebuilder } from './audit/rebuild-read-models';
import { SealScheduler } from './audit/seal-scheduler';
import { ExportCaseHandler } from './audit/export-case';
import { AccessRecorder } from './audit/access-recorder';
import { GetStreamHistoryHandler } from './audit/stream-history.query';
import { ListLogEventsHandler } from './audit/log-events.query';
import { GetCaseAsOfHandler } from './audit/case-as-of.query';
import { ListAccessTrailHandler } from './audit/access-trail.query';
import { RegisterHospitalHandler } from './network/register-hospital';
import { AddDepartmentHandler } from './network/add-department';
import { EstablishPartnershipHandler } from './network/establish-partnership';
import { PairDepartmentsHandler } from './network/pair-departments';
import { RegisterExpertHandler } from './network/register-expert';
import { PublishAvailabilityHandler } from './network/publish-availability';
import { GetExpertHandler, GetHospitalHandler, GetPartnershipHandler, ListHospitalsHandler } from './network/network.queries';
import { GetExpertScheduleHandler } from './network/expert-schedule.query';
import { ListExpertsHandler } from './network/list-experts.query';
import { ListPartnershipsHandler } from './network/list-partnerships.query';
import { RequestConsultationHandler } from './consultations/request-consultation';
import { AcceptConsultationHandler } from './consultations/accept-consultation';
import { DeclineConsultationHandler } from './consultations/decline-consultation';
import { RequestInformationHandler } from './consultations/request-information';
import { ProvideInformationHandler } from './consultations/provide-information';
import { GiveFeedbackHandler } from './consultations/give-feedback';
import { ScheduleConsultationHandler } from './consultations/schedule-consultation';
import { StartConsultationHandler } from './consultations/start-consultation';
import { SignOpinionHandler } from './consultations/sign-opinion';
import { CancelConsultationHandler } from './consultations/cancel-consultation';
import { GetConsultationHandler, ListConsultationsHandler } from './consultations/consultation.queries';
import { RequestCaseReviewHandler } from './case-reviews/request-case-review';
import { InvitePanelistsHandler } from './case-reviews/invite-panelists';
import { AcceptInvitationHandler } from './case-reviews/accept-invitation';
import { DeclineInvitationHandler } from './case-reviews/decline-invitation';
import { ScheduleCaseReviewHandler } from './case-reviews/schedule-case-review';
import { StartCaseReviewHandler } from './case-reviews/start-case-review';
import { RecordContributionHandler } from './case-reviews/record-contribution';
import { ConcludeCaseReviewHandler } from './case-reviews/conclude-case-review';
import { CancelCaseReviewHandler } from './case-reviews/cancel-case-review';
import { GetCaseReviewHandler, ListCaseReviewsHandler } from './case-reviews/case-review.queries';
import { ChangeConsortiumHandler } from './consortia/consortium-commands';
import { GetConsortiumHandler, ListConsortiaHandler } from './consortia/consortia.queries';
import { RecordResearchOutputHandler } from './research-outputs/record-research-output';
import { GetResearchOutputHandler, ListResearchOutputsHandler } from './research-outputs/research-outputs.queries';
import { ProposeTechniqueHandler, RecordTechniqueChangeHandler } from './techniques/technique-commands';
import { GetTechniqueHandler, ListTechniquesHandler } from './techniques/techniques.queries';
import { StartFurtherStudyHandler } from './further-study/start-further-study';
import { EndFurtherStudyHandler } from './further-study/end-further-study';
import { GetFurtherStudyHandler, ListFurtherStudyHandler } from './further-study/further-study.queries';
import { RecordVisitHandler } from './visits/record-visit';
import { GetVisitHandler, ListVisitsHandler } from './visits/visits.queries';
import { DispatchPostingHandler } from './postings/dispatch-posting';
import { RecordPostingChangeHandler } from './postings/record-posting-change';
import { GetPostingHandler, ListPostingsHandler, SummarisePostingsHandler } from './postings/postings.queries';
import { PlanTrainingSessionHandler } from './training/plan-training-session';
import { RescheduleTrainingSessionHandler } from './training/reschedule-training-session';
import { MarkHeldHandler } from './training/mark-held';
import { RecordAttendanceHandler } from './training/record-attendance';
import { CancelTrainingSessionHandler } from './training/cancel-training-session';
import { GetTrainingSessionHandler, ListTrainingSessionsHandler } from './training/training.queries';
import { GetAttendanceHandler } from './training/attendance.query';
import { ReadFhirHandler, SearchFhirHandler } from './fhir/fhir.queries';
import { GetProgrammeReportHandler } from './reports/programme-report.query';
import { GetFigureEventsHandler } from './reports/figure-events.query';
import { GetTrainingCreditsHandler } from './training/training-credits.query';
import { RegisterAgreementHandler } from './agreements/register-agreement';
import { AmendAgreementHandler } from './agreements/amend-agreement';
import { TerminateAgreementHandler } from './agreements/terminate-agreement';
import { GetAgreementHandler, ListAgreementsHandler } from './agreements/agreement.queries';
import { AgreementPartnership } from './agreements/agreement-partnership';
import { ErasePatientDataHandler } from './patients/erase-patient-data';
import { ListLegalHoldsHandler, PlaceLegalHoldHandler, ReleaseLegalHoldHandler } from './patients/legal-holds';
import { ListRetentionDueHandler } from './patients/retention-due.query';
import { RetentionScheduler } from './patients/retention-scheduler';
import { DeadlineWatcher } from './deadlines/deadline-watcher';
import { RecordOverdueDeadlineHandler } from './consultations/deadlines/record-overdue-deadline';
import { RecordOverdueCaseReviewDeadlineHandler } from './case-reviews/record-overdue-case-review-deadline';
import { GetOverviewStatsHandler, GetPartnershipStatsHandler } from './stats/stats.queries';
import { GetTurnaroundHandler } from './stats/turnaround.query';
import { GetCallerHandler } from './session/me.query';
import { NotificationHub } from './notifications/notification-hub';
import { NoticeScope } from './notifications/notice-scope';
import { StreamTickets } from './notifications/stream-tickets';
import { CalendarFeed } from './calendar-feeds/calendar-feed';
import { CalendarFeedSubscriptions } from './calendar-feeds/calendar-feed-subscriptions';
import { CASE_MATERIALS_PROVIDERS } from './case-materials/case-materials.providers';

const NETWORK = [
  RegisterHospitalHandler,
  AddDepartmentHandler,
  EstablishPartnershipHandler,
  PairDepartmentsHandler,
  RegisterExpertHandler,
  PublishAvailabilityHandler,
  ListHospitalsHandler,
  GetHospitalHandler,
  GetPartnershipHandler,
  GetExpertHandler,
  GetExpertScheduleHandler,
  ListExpertsHandler,
  ListPartnershipsHandler,
];

const AGREEMENTS = [
  AgreementPartnership,
  RegisterAgreementHandler,
  AmendAgreementHandler,
  TerminateAgreementHandler,
  GetAgreementHandler,
  ListAgreementsHandler,
];

const CONSULTATIONS = [
  RequestConsultationHandler,
  AcceptConsultationHandler,
  DeclineConsultationHandler,
  RequestInformationHandler,
  ProvideInformationHandler,
  GiveFeedbackHandler,
  RecordOverdueDeadlineHandler,
  RecordOverdueCaseReviewDeadlineHandler,
  ScheduleConsultationHandler,
  StartConsultationHandler,
  SignOpinionHandler,
  CancelConsultationHandler,
  GetConsultationHandler,
  ListConsultationsHandler,
];

const CASE_REVIEWS = [
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

const AUDIT_HISTORY = [AccessRecorder, GetStreamHistoryHandler, ListLogEventsHandler, GetCaseAsOfHandler, ListAccessTrailHandler];

const TRAINING = [
  PlanTrainingSessionHandler,
  RescheduleTrainingSessionHandler,
  MarkHeldHandler,
  RecordAttendanceHandler,
  CancelTrainingSessionHandler,
  GetTrainingSessionHandler,
  ListTrainingSessionsHandler,
  DispatchPostingHandler,
  RecordPostingChangeHandler,
  GetPostingHandler,
  ListPostingsHandler,
  SummarisePostingsHandler,
  RecordVisitHandler,
  GetVisitHandler,
  ListVisitsHandler,
  StartFurtherStudyHandler,
  EndFurtherStudyHandler,
  GetFurtherStudyHandler,
  ListFurtherStudyHandler,
  ProposeTechniqueHandler,
  RecordTechniqueChangeHandler,
  GetTechniqueHandler,
  ListTechniquesHandler,
  RecordResearchOutputHandler,
  GetResearchOutputHandler,
  ListResearchOutputsHandler,
  ChangeConsortiumHandler,
  GetConsortiumHandler,
  ListConsortiaHandler,
  GetAttendanceHandler,
];

const PROVIDERS = [
  SealScheduler,
  HistoryVerifier,
  ReadModelRebuilder,
  ...NETWORK,
  ...AGREEMENTS,
  ...CONSULTATIONS,
  ...CASE_REVIEWS,
  ...CASE_MATERIALS_PROVIDERS,
  ...TRAINING,
  ...AUDIT_HISTORY,
  GetPartnershipStatsHandler,
  GetOverviewStatsHandler,
  SearchFhirHandler,
  ReadFhirHandler,
  GetTurnaroundHandler,
  GetProgrammeReportHandler,
  GetFigureEventsHandler,
  GetTrainingCreditsHandler,
  ExportCaseHandler,
  ErasePatientDataHandler,
  GetCallerHandler,
  NotificationHub,
  NoticeScope,
  StreamTickets,
  CalendarFeedSubscriptions,
  CalendarFeed,
  PlaceLegalHoldHandler,
  ReleaseLegalHoldHandler,
  ListLegalHoldsHandler,
  ListRetentionDueHandler,
  RetentionScheduler,
  DeadlineWatcher,
];

/**
 * The application: the command and query handlers of every activity, the background jobs (seals,
 * retention, deadlines) and the infrastructure they stand on. Global, so that every entry point
 * (the HTTP API, the command line) reaches its handlers through the buses and its services by class.
 */
@Module({})
export class ApplicationModule {
  static forConfig(config: AppConfig, clock?: Clock, ids?: IdGenerator, upcasters?: UpcasterRegistry): DynamicModule {
    return {
      module: ApplicationModule,
      global: true,
      imports: [CqrsModule.forRoot(), InfrastructureModule.forConfig(config, clock, ids, upcasters), ObservabilityModule.forRoot()],
      providers: PROVIDERS,
      exports: PROVIDERS,
    };
  }
}
