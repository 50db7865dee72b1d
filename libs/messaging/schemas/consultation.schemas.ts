import { materialAttached } from './case-material.schemas';
import { CONSULTATION_STATUSES, DECLINE_REASON_CODES, URGENCIES } from '@telemed/domain/consultation';
import { EXPERT_TITLES } from '@telemed/domain/expert';
import { type AggregateSchemas, id, instant, oneOf, openRecord, record, text } from './json-schema';
import { deadlineOverdue, responseClock } from './response-clock.schemas';

const overdue = deadlineOverdue('consultationId');

export const consultationSchemas: AggregateSchemas = {
  streamPrefix: 'consultation-',
  events: {
    ConsultationRequested: {
      1: record(
        {
          consultationId: id,
          partnershipId: id,
          pairingId: id,
          requestingHospitalId: id,
          givingHospitalId: id,
          specialty: text,
          urgency: oneOf(URGENCIES),
          purpose: text,
          caseSummary: text,
          patient: openRecord({ reference: id }),
          consent: record({ medical: { const: true }, dataSharing: { const: true } }),
          requestedBy: id,
          requestedAt: instant,
        },
        { requestedTitle: oneOf(EXPERT_TITLES), requestedExpertId: id, clock: responseClock },
      ),
    },
    ConsultationAccepted: {
      1: record({ consultationId: id, expertId: id, acceptedBy: id, acceptedAt: instant }),
    },
    ConsultationDeclined: {
      1: record({ consultationId: id, reason: text, declinedBy: id, declinedAt: instant }, { reasonCode: oneOf(DECLINE_REASON_CODES) }),
    },
    ConsultationScheduled: {
      1: record({ consultationId: id, expertId: id, start: instant, end: instant, scheduledBy: id, scheduledAt: instant }),
    },
    ConsultationRescheduled: {
      1: record({
        consultationId: id,
        expertId: id,
        previousStart: instant,
        previousEnd: instant,
        start: instant,
        end: instant,
        rescheduledBy: id,
        rescheduledAt: instant,
      }),
    },
    ConsultationStarted: {
      1: record({ consultationId: id, startedBy: id, startedAt: instant }),
    },
    ConsultationOpinionSigned: {
      1: record(
        { consultationId: id, expertId: id, opinion: text, signedBy: id, signedAt: instant },
        { recommendations: text },
      ),
    },
    ConsultationCancelled: {
      1: record({ consultationId: id, reason: text, previousStatus: oneOf(CONSULTATION_STATUSES), cancelledBy: id, cancelledAt: instant }),
    },
    ConsultationMaterialAttached: {
      1: materialAttached('consultationId'),
    },
    ConsultationInformationRequested: {
      1: record({ consultationId: id, questionId: id, question: text, previousStatus: oneOf(CONSULTATION_STATUSES), askedBy: id, askedAt: instant }),
    },
    ConsultationInformationProvided: {
      1: record(
        { consultationId: id, questionId: id, answer: text, resumedStatus: oneOf(CONSULTATION_STATUSES), answeredBy: id, answeredAt: instant },
        { answerBy: instant },
      ),
    },
    ConsultationResponseOverdue: { 1: overdue },
    ConsultationOpinionOverdue: { 1: overdue },
    ConsultationFeedbackGiven: {
      1: record({ consultationId: id, usefulness: { type: 'integer', minimum: 1, maximum: 5 }, givenBy: id, givenAt: instant }, { comment: text }),
    },
  },
};
