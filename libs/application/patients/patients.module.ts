import { Module } from '@nestjs/common';
import { ErasePatientDataHandler } from './erase-patient-data';
import { PlaceLegalHoldHandler, ReleaseLegalHoldHandler, ListLegalHoldsHandler } from './legal-holds';
import { ListRetentionDueHandler } from './retention-due.query';
import { RetentionScheduler } from './retention-scheduler';

const PROVIDERS = [
  ErasePatientDataHandler,
  PlaceLegalHoldHandler,
  ReleaseLegalHoldHandler,
  ListLegalHoldsHandler,
  ListRetentionDueHandler,
  RetentionScheduler,
];

/** Patients’ data: erasure, legal holds and retention. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class PatientsModule {}
