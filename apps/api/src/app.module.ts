import { DynamicModule, Module } from '@nestjs/common';
import type { UpcasterRegistry } from '@telemed/event-store/upcasting';
import type { AppConfig } from '@telemed/runtime';
import { ApplicationModule } from '@telemed/application/application.module';
import type { Clock, IdGenerator } from '@telemed/application/infrastructure/tokens';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './http/auth';
import { PolicyGuard } from './http/policy/allow';
import { RateLimitGuard, rateLimitModule } from './http/hardening/rate-limit';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { ReadYourWritesGuard } from './http/read-your-writes';
import { HealthController } from './health/health.controller';
import { VerifyRebuildController } from './audit/verify-rebuild.controller';
import { CaseExportController } from './audit/export-case.controller';
import { AuditHistoryController } from './audit/audit-history.controller';
import { PatientAccessInterceptor } from './audit/patient-access.interceptor';
import { NetworkController } from './network/network.controller';
import { ConsultationsController } from './consultations/consultations.controller';
import { CaseReviewsController } from './case-reviews/case-reviews.controller';
import { TrainingController } from './training/training.controller';
import { PostingsController } from './postings/postings.controller';
import { VisitsController } from './visits/visits.controller';
import { FurtherStudyController } from './further-study/further-study.controller';
import { TechniquesController } from './techniques/techniques.controller';
import { ResearchOutputsController } from './research-outputs/research-outputs.controller';
import { ConsortiaController } from './consortia/consortia.controller';
import { StatsController } from './stats/stats.controller';
import { FhirController } from './fhir/fhir.controller';
import { ReportsController } from './reports/reports.controller';
import { TrainingCreditsController } from './training/training-credits.controller';
import { AgreementsController } from './agreements/agreements.controller';
import { PatientsController } from './patients/patients.controller';
import { SessionController } from './session/session.controller';
import { DevTokenController } from './session/dev-token.controller';
import { isDevelopmentMode } from '@telemed/application/session/session-mode';
import { NotificationsController } from './notifications/notifications.controller';
import { CalendarFeedController, CalendarFeedsController } from './calendar-feeds/calendar-feeds.controller';
import { MaterialsController } from './case-materials/materials.controller';
import { WebhooksController } from './webhooks/webhooks.controller';
import { HealthProbesController } from './observability/health-probes.controller';
import { MetricsController } from './observability/metrics.controller';

/** The HTTP API: the application behind its controllers, guards and problem filter. */
@Module({})
export class AppModule {
  static forConfig(config: AppConfig, clock?: Clock, ids?: IdGenerator, upcasters?: UpcasterRegistry): DynamicModule {
    return {
      module: AppModule,
      imports: [ApplicationModule.forConfig(config, clock, ids, upcasters), rateLimitModule(config.security.rateLimit)],
      controllers: [HealthController, VerifyRebuildController, AuditHistoryController, NetworkController, AgreementsController, ConsultationsController, CaseReviewsController, TrainingController, TrainingCreditsController, StatsController, ReportsController, CaseExportController, PatientsController, PostingsController, VisitsController, FurtherStudyController, TechniquesController, ResearchOutputsController, ConsortiaController, FhirController, SessionController, NotificationsController, CalendarFeedsController, CalendarFeedController, WebhooksController, MaterialsController, HealthProbesController, ...(config.observability.metricsEnabled ? [MetricsController] : []), ...(isDevelopmentMode(config) ? [DevTokenController] : [])],
      providers: [
        // In this order: charge the caller's rate budget, demand a valid token, apply the access policy,
        // then wait for the read models when the read asks to.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: PolicyGuard },
        { provide: APP_GUARD, useClass: ReadYourWritesGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        // Only on the routes marked @RecordsPatientAccess: an interceptor costs every route it wraps.
        PatientAccessInterceptor,
      ],
    };
  }
}
