import { Module } from '@nestjs/common';
import { PlanTrainingSessionHandler } from './plan-training-session';
import { RescheduleTrainingSessionHandler } from './reschedule-training-session';
import { MarkHeldHandler } from './mark-held';
import { RecordAttendanceHandler } from './record-attendance';
import { CancelTrainingSessionHandler } from './cancel-training-session';
import { GetTrainingSessionHandler, ListTrainingSessionsHandler } from './training.queries';
import { GetAttendanceHandler } from './attendance.query';
import { GetTrainingCreditsHandler } from './training-credits.query';

const PROVIDERS = [
  PlanTrainingSessionHandler,
  RescheduleTrainingSessionHandler,
  MarkHeldHandler,
  RecordAttendanceHandler,
  CancelTrainingSessionHandler,
  GetTrainingSessionHandler,
  ListTrainingSessionsHandler,
  GetAttendanceHandler,
  GetTrainingCreditsHandler,
];

/** Training sessions, their attendance and the training credits they give. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class TrainingModule {}
