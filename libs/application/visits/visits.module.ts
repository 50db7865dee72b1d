import { Module } from '@nestjs/common';
import { RecordVisitHandler } from './record-visit';
import { GetVisitHandler, ListVisitsHandler } from './visits.queries';

const PROVIDERS = [RecordVisitHandler, GetVisitHandler, ListVisitsHandler];

/** Short visits and mobile clinics, with what they achieved. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class VisitsModule {}
