import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { AppConfig } from './config/app-config';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { Clock } from './infrastructure/tokens';
import { AuthGuard } from './http/auth';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { ReadYourWritesInterceptor } from './http/read-your-writes';
import { IdempotencyInterceptor } from './http/idempotency';
import { HealthController } from './health/health.controller';
import { NetworkController } from './network/network.controller';
import { RegisterHospitalHandler } from './network/register-hospital';
import { AddDepartmentHandler } from './network/add-department';
import { EstablishPartnershipHandler } from './network/establish-partnership';
import { PairDepartmentsHandler } from './network/pair-departments';
import { RegisterExpertHandler } from './network/register-expert';
import { PublishAvailabilityHandler } from './network/publish-availability';
import { GetExpertHandler, GetHospitalHandler, GetPartnershipHandler, ListHospitalsHandler } from './network/network.queries';
import { GetExpertScheduleHandler } from './network/expert-schedule.query';
import { ConsultationsController } from './consultations/consultations.controller';
import { RequestConsultationHandler } from './consultations/request-consultation';
import { AcceptConsultationHandler } from './consultations/accept-consultation';
import { DeclineConsultationHandler } from './consultations/decline-consultation';
import { ScheduleConsultationHandler } from './consultations/schedule-consultation';
import { StartConsultationHandler } from './consultations/start-consultation';
import { SignOpinionHandler } from './consultations/sign-opinion';
import { CancelConsultationHandler } from './consultations/cancel-consultation';
import { GetConsultationHandler, ListConsultationsHandler } from './consultations/consultation.queries';
import { StatsController } from './stats/stats.controller';
import { GetOverviewStatsHandler, GetPartnershipStatsHandler } from './stats/stats.queries';

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
];

const CONSULTATIONS = [
  RequestConsultationHandler,
  AcceptConsultationHandler,
  DeclineConsultationHandler,
  ScheduleConsultationHandler,
  StartConsultationHandler,
  SignOpinionHandler,
  CancelConsultationHandler,
  GetConsultationHandler,
  ListConsultationsHandler,
];

@Module({})
export class AppModule {
  static forConfig(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [CqrsModule.forRoot(), InfrastructureModule.forConfig(config, clock)],
      controllers: [HealthController, NetworkController, ConsultationsController, StatsController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        ...NETWORK,
        ...CONSULTATIONS,
        GetPartnershipStatsHandler,
        GetOverviewStatsHandler,
      ],
    };
  }
}
