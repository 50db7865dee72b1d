import type { Projection } from './projection';
import { networkProjection } from './network/network.projection';
import { consultationsProjection } from './consultations/consultations.projection';
import { expertScheduleProjection } from './expert-schedule/expert-schedule.projection';
import { activityFactsProjection } from './activity-counts/activity-facts.projection';

/** Every read model, in the order they are applied to each event (facts read the consultation rows). */
export const ALL_PROJECTIONS: readonly Projection[] = [
  networkProjection,
  consultationsProjection,
  expertScheduleProjection,
  activityFactsProjection,
];
