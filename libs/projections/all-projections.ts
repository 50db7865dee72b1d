import type { Projection } from './projection';
import { networkProjection } from './network/network.projection';
import { agreementsProjection } from './agreements/agreements.projection';
import { consultationsProjection } from './consultations/consultations.projection';
import { caseReviewsProjection } from './case-reviews/case-reviews.projection';
import { caseReviewDeadlinesProjection } from './case-review-deadlines/case-review-deadlines.projection';
import { trainingSessionsProjection } from './training/training-sessions.projection';
import { postingsProjection } from './postings/postings.projection';
import { visitsProjection } from './visits/visits.projection';
import { furtherStudyProjection } from './further-study/further-study.projection';
import { techniquesProjection } from './techniques/techniques.projection';
import { researchOutputsProjection } from './research-outputs/research-outputs.projection';
import { consortiaProjection } from './consortia/consortia.projection';
import { expertScheduleProjection } from './expert-schedule/expert-schedule.projection';
import { activityFactsProjection } from './activity-counts/activity-facts.projection';
import { consultationDeadlinesProjection } from './consultation-deadlines/consultation-deadlines.projection';
import { turnaroundProjection } from './turnaround/turnaround.projection';
import { caseMaterialsProjection } from './case-materials/case-materials.projection';
import { programmeFactsProjection } from './programme-report/programme-facts.projection';
import { webhookEndpointsProjection } from './webhooks/webhook-endpoints.projection';

/**
 * Every read model, in the order they are applied to each event: the activity and programme facts
 * come last because they read the rows of the records they count.
 */
export const ALL_PROJECTIONS: readonly Projection[] = [
  networkProjection,
  agreementsProjection,
  consultationsProjection,
  consultationDeadlinesProjection,
  turnaroundProjection,
  caseReviewsProjection,
  caseReviewDeadlinesProjection,
  caseMaterialsProjection,
  trainingSessionsProjection,
  postingsProjection,
  visitsProjection,
  furtherStudyProjection,
  techniquesProjection,
  researchOutputsProjection,
  consortiaProjection,
  expertScheduleProjection,
  webhookEndpointsProjection,
  activityFactsProjection,
  programmeFactsProjection,
];
