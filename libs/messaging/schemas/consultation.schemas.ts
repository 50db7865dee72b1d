import { CONSULTATION_STATUSES, DECLINE_REASON_CODES, URGENCIES } from '@telemed/domain/consultation';
import { EXPERT_TITLES } from '@telemed/domain/expert';
import { type AggregateSchemas, id, instant, oneOf, openRecord, record, text } from './json-schema';

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
        { requestedTitle: oneOf(EXPERT_TITLES), requestedExpertId: id },
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
  },
};
