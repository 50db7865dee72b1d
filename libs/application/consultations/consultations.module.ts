import { Module } from '@nestjs/common';
import { RequestConsultationHandler } from './request-consultation';
import { AcceptConsultationHandler } from './accept-consultation';
import { DeclineConsultationHandler } from './decline-consultation';
import { RequestInformationHandler } from './request-information';
import { ProvideInformationHandler } from './provide-information';
import { GiveFeedbackHandler } from './give-feedback';
import { RecordOverdueDeadlineHandler } from './deadlines/record-overdue-deadline';
import { ScheduleConsultationHandler } from './schedule-consultation';
import { StartConsultationHandler } from './start-consultation';
import { SignOpinionHandler } from './sign-opinion';
import { CancelConsultationHandler } from './cancel-consultation';
import { GetConsultationHandler, ListConsultationsHandler } from './consultation.queries';

const PROVIDERS = [
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

/** Remote consultations, from request to signed opinion and feedback, and their response clocks. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class ConsultationsModule {}
