import { Module } from '@nestjs/common';
import { RegisterHospitalHandler } from './register-hospital';
import { AddDepartmentHandler } from './add-department';
import { EstablishPartnershipHandler } from './establish-partnership';
import { PairDepartmentsHandler } from './pair-departments';
import { RegisterExpertHandler } from './register-expert';
import { PublishAvailabilityHandler } from './publish-availability';
import { ListHospitalsHandler, GetHospitalHandler, GetPartnershipHandler, GetExpertHandler } from './network.queries';
import { GetExpertScheduleHandler } from './expert-schedule.query';
import { ListExpertsHandler } from './list-experts.query';
import { ListPartnershipsHandler } from './list-partnerships.query';

const PROVIDERS = [
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

/** The network: hospitals, departments, partnerships, pairings and experts with their calendars. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class NetworkModule {}
