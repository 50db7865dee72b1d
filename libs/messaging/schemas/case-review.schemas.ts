import { materialAttached } from './case-material.schemas';
import { CASE_REVIEW_STATUSES } from '@telemed/domain/case-review';
import { URGENCIES } from '@telemed/domain/core';
import { type AggregateSchemas, id, instant, listOf, oneOf, openRecord, record, text } from './json-schema';
import { deadlineOverdue, responseClock } from './response-clock.schemas';

export const caseReviewSchemas: AggregateSchemas = {
  streamPrefix: 'case-review-',
  events: {
    CaseReviewRequested: {
      1: record(
        {
          caseReviewId: id,
          partnershipId: id,
          requestingHospitalId: id,
          givingHospitalId: id,
          specialties: listOf(text, 1),
          purpose: text,
          caseSummary: text,
          patient: openRecord({ reference: id }),
          consent: record({ medical: { const: true }, dataSharing: { const: true } }),
          requestedBy: id,
          requestedAt: instant,
        },
        { pairingId: id, urgency: oneOf(URGENCIES), clock: responseClock },
      ),
    },
    PanelistsInvited: {
      1: record({
        caseReviewId: id,
        experts: listOf(record({ expertId: id, hospitalId: id, specialty: text }), 1),
        invitedBy: id,
        invitedAt: instant,
      }),
    },
    InvitationAccepted: {
      1: record({ caseReviewId: id, expertId: id, acceptedBy: id, acceptedAt: instant }),
    },
    InvitationDeclined: {
      1: record({ caseReviewId: id, expertId: id, reason: text, declinedBy: id, declinedAt: instant }),
    },
    CaseReviewScheduled: {
      1: record({ caseReviewId: id, start: instant, end: instant, panelistIds: listOf(id), scheduledBy: id, scheduledAt: instant }),
    },
    CaseReviewRescheduled: {
      1: record({
        caseReviewId: id,
        previousStart: instant,
        previousEnd: instant,
        start: instant,
        end: instant,
        panelistIds: listOf(id),
        rescheduledBy: id,
        rescheduledAt: instant,
      }),
    },
    CaseReviewStarted: {
      1: record({ caseReviewId: id, startedBy: id, startedAt: instant }),
    },
    ContributionRecorded: {
      1: record({ caseReviewId: id, expertId: id, opinion: text, recordedBy: id, recordedAt: instant }),
    },
    CaseReviewConcluded: {
      1: record({ caseReviewId: id, conclusion: text, concludedBy: id, concludedAt: instant }),
    },
    CaseReviewCancelled: {
      1: record({ caseReviewId: id, reason: text, previousStatus: oneOf(CASE_REVIEW_STATUSES), cancelledBy: id, cancelledAt: instant }),
    },
    CaseReviewMaterialAttached: {
      1: materialAttached('caseReviewId'),
    },
    CaseReviewResponseOverdue: { 1: deadlineOverdue('caseReviewId') },
    CaseReviewConclusionOverdue: { 1: deadlineOverdue('caseReviewId') },
  },
};
