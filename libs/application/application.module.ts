import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@telemed/runtime';
import type { UpcasterRegistry } from '@telemed/event-store/upcasting';
import { CqrsModule } from '@nestjs/cqrs';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { Clock, IdGenerator } from './infrastructure/tokens';
import { ObservabilityModule } from './observability/observability.module';
import { CommandMetering } from './observability/command-metering';
import { CommandTracing } from './observability/command-tracing';
import { tracingActive } from '@telemed/observability/tracing/tracing';
import { type CommandBehaviour, COMMAND_BEHAVIOURS, Commands } from './commands/commands';
import { NetworkModule } from './network/network.module';
import { AgreementsModule } from './agreements/agreements.module';
import { ConsultationsModule } from './consultations/consultations.module';
import { CaseReviewsModule } from './case-reviews/case-reviews.module';
import { TrainingModule } from './training/training.module';
import { PostingsModule } from './postings/postings.module';
import { VisitsModule } from './visits/visits.module';
import { FurtherStudyModule } from './further-study/further-study.module';
import { TechniquesModule } from './techniques/techniques.module';
import { ResearchOutputsModule } from './research-outputs/research-outputs.module';
import { ConsortiaModule } from './consortia/consortia.module';
import { AuditModule } from './audit/audit.module';
import { CaseMaterialsModule } from './case-materials/case-materials.module';
import { StatsModule } from './stats/stats.module';
import { FhirModule } from './fhir/fhir.module';
import { ReportsModule } from './reports/reports.module';
import { PatientsModule } from './patients/patients.module';
import { SessionModule } from './session/session.module';
import { NotificationsModule } from './notifications/notifications.module';
import { CalendarFeedsModule } from './calendar-feeds/calendar-feeds.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { DeadlinesModule } from './deadlines/deadlines.module';

/** The activities of the programme, each a module of its own use cases, queries and jobs. */
const FEATURES = [
  NetworkModule,
  AgreementsModule,
  ConsultationsModule,
  CaseReviewsModule,
  TrainingModule,
  PostingsModule,
  VisitsModule,
  FurtherStudyModule,
  TechniquesModule,
  ResearchOutputsModule,
  ConsortiaModule,
  AuditModule,
  CaseMaterialsModule,
  StatsModule,
  FhirModule,
  ReportsModule,
  PatientsModule,
  SessionModule,
  NotificationsModule,
  CalendarFeedsModule,
  WebhooksModule,
  DeadlinesModule,
];

const PROVIDERS = [
  Commands,
  // The command pipeline's behaviours, outermost first.
  {
    provide: COMMAND_BEHAVIOURS,
    inject: [CommandTracing, CommandMetering],
    useFactory: (tracing: CommandTracing, metering: CommandMetering): CommandBehaviour[] => [...(tracingActive() ? [tracing] : []), metering],
  },
];

/**
 * The application: the feature modules of every activity (their command and query handlers and
 * background jobs), the command pipeline and the infrastructure they stand on. Global, so that every entry point
 * (the HTTP API, the command line) reaches its handlers through the buses and its services by class.
 */
@Module({})
export class ApplicationModule {
  static forConfig(config: AppConfig, clock?: Clock, ids?: IdGenerator, upcasters?: UpcasterRegistry): DynamicModule {
    return {
      module: ApplicationModule,
      global: true,
      imports: [CqrsModule.forRoot(), InfrastructureModule.forConfig(config, clock, ids, upcasters), ObservabilityModule.forRoot(), ...FEATURES],
      providers: PROVIDERS,
      exports: [...PROVIDERS, ...FEATURES],
    };
  }
}
