import { DynamicModule, Module } from '@nestjs/common';
import type { UpcasterRegistry } from '@telemed/event-store/upcasting';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { AppConfig } from '@telemed/runtime';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { Clock, IdGenerator } from './infrastructure/tokens';
import { AuthGuard } from './http/auth';
import { PolicyGuard } from './http/policy/allow';
import { RateLimitGuard, rateLimitModule } from './http/hardening/rate-limit';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { ReadYourWritesGuard } from './http/read-your-writes';
import { HealthController } from './health/health.controller';
import { ObservabilityModule } from './observability/observability.module';
import { VerifyRebuildController } from './audit/verify-rebuild.controller';
import { HistoryVerifier } from './audit/verify-history';
import { ReadModelRebuilder } from './audit/rebuild-read-models';
import { SealScheduler } from './audit/seal-scheduler';
import { CaseExportController } from './audit/export-case.controller';
import { ExportCaseHandler } from './audit/export-case';
import { AuditHistoryController } from './audit/audit-history.controller';
import { AccessRecorder } from './audit/access-recorder';
import { PatientAccessInterceptor } from './audit/patient-access.interceptor';
import { GetStreamHistoryHandler } from './audit/stream-history.query';
import { ListLogEventsHandler } from './audit/log-events.query';
import { GetCaseAsOfHandler } from './audit/case-as-of.query';
import { ListAccessTrailHandler } from './audit/access-trail.query';
import { NetworkController } from './network/network.controller';
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
import { ConsultationsController } from './consultations/consultations.controller';
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
import { CaseReviewsController } from './case-reviews/case-reviews.controller';
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
import { TrainingController } from './training/training.controller';
import { PostingsController } from './postings/postings.controller';
import { VisitsController } from './visits/visits.controller';
import { FurtherStudyController } from './further-study/further-study.controller';
import { TechniquesController } from './techniques/techniques.controller';
import { ResearchOutputsController } from './research-outputs/research-outputs.controller';
import { ConsortiaController } from './consortia/consortia.controller';
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
import { StatsController } from './stats/stats.controller';
import { FhirController } from './fhir/fhir.controller';
import { ReadFhirHandler, SearchFhirHandler } from './fhir/fhir.queries';
import { ReportsController } from './reports/reports.controller';
import { GetProgrammeReportHandler } from './reports/programme-report.query';
import { GetFigureEventsHandler } from './reports/figure-events.query';
import { GetTrainingCreditsHandler } from './training/training-credits.query';
import { TrainingCreditsController } from './training/training-credits.controller';
import { AgreementsController } from './agreements/agreements.controller';
import { RegisterAgreementHandler } from './agreements/register-agreement';
import { AmendAgreementHandler } from './agreements/amend-agreement';
import { TerminateAgreementHandler } from './agreements/terminate-agreement';
import { GetAgreementHandler, ListAgreementsHandler } from './agreements/agreement.queries';
import { AgreementPartnership } from './agreements/agreement-partnership';
import { PatientsController } from './patients/patients.controller';
import { ErasePatientDataHandler } from './patients/erase-patient-data';
import { ListLegalHoldsHandler, PlaceLegalHoldHandler, ReleaseLegalHoldHandler } from './patients/legal-holds';
import { ListRetentionDueHandler } from './patients/retention-due.query';
import { RetentionScheduler } from './patients/retention-scheduler';
import { DeadlineWatcher } from './consultations/deadlines/deadline-watcher';
import { RecordOverdueDeadlineHandler } from './consultations/deadlines/record-overdue-deadline';
import { GetOverviewStatsHandler, GetPartnershipStatsHandler } from './stats/stats.queries';
import { GetTurnaroundHandler } from './stats/turnaround.query';
import { SessionController } from './session/session.controller';
import { DevTokenController } from './session/dev-token.controller';
import { GetCallerHandler } from './session/me.query';
import { isDevelopmentMode } from './session/session-mode';
import { NotificationsController } from './notifications/notifications.controller';
import { NotificationHub } from './notifications/notification-hub';
import { NoticeScope } from './notifications/notice-scope';
import { StreamTickets } from './notifications/stream-tickets';
import { CalendarFeed } from './calendar-feeds/calendar-feed';
import { CalendarFeedSubscriptions } from './calendar-feeds/calendar-feed-subscriptions';
import { CalendarFeedController, CalendarFeedsController } from './calendar-feeds/calendar-feeds.controller';
import { CASE_MATERIALS_CONTROLLERS, CASE_MATERIALS_PROVIDERS } from './case-materials/case-materials.providers';

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

@Module({})
export class AppModule {
  static forConfig(config: AppConfig, clock?: Clock, ids?: IdGenerator, upcasters?: UpcasterRegistry): DynamicModule {
    return {
      module: AppModule,
      imports: [CqrsModule.forRoot(), InfrastructureModule.forConfig(config, clock, ids, upcasters), ObservabilityModule.forConfig(config), rateLimitModule(config.security.rateLimit)],
      controllers: [HealthController, VerifyRebuildController, AuditHistoryController, NetworkController, AgreementsController, ConsultationsController, CaseReviewsController, TrainingController, TrainingCreditsController, StatsController, ReportsController, CaseExportController, PatientsController, PostingsController, VisitsController, FurtherStudyController, TechniquesController, ResearchOutputsController, ConsortiaController, FhirController, SessionController, NotificationsController, CalendarFeedsController, CalendarFeedController, ...CASE_MATERIALS_CONTROLLERS, ...(isDevelopmentMode(config) ? [DevTokenController] : [])],
      providers: [
        // In this order: charge the caller's rate budget, demand a valid token, apply the access policy,
        // then wait for the read models when the read asks to.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: PolicyGuard },
        { provide: APP_GUARD, useClass: ReadYourWritesGuard },
        SealScheduler,
        HistoryVerifier,
        ReadModelRebuilder,
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        // Only on the routes marked @RecordsPatientAccess: an interceptor costs every route it wraps.
        PatientAccessInterceptor,
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
      ],
    };
  }
}
