import type { ConsultationEvent, ResponseClock } from './consultation.events';

/** A consultation's history, event by event, for the specs of its clocks, questions and feedback. */
export const consultationId = 'consultation-0002';
export const expertId = 'expert-zhang-wei';
export const clinicianId = 'user-dr-aziz';
export const requestedAt = '2025-03-10T01:00:00.000Z';

/** Urgent under the agreement: accepted within 30 minutes, answered within 24 hours, elapsed time. */
export const urgentClock: ResponseClock = {
  agreementId: 'agreement-1',
  acceptMinutes: 30,
  answerMinutes: 1440,
  acceptBy: '2025-03-10T01:30:00.000Z',
  answerBy: '2025-03-11T01:00:00.000Z',
};

export function requestedWith(clock: ResponseClock | null = urgentClock): ConsultationEvent {
  return {
    type: 'ConsultationRequested',
    data: {
      consultationId,
      partnershipId: 'partnership-1',
      pairingId: 'pairing-1',
      requestingHospitalId: 'hospital-kashgar',
      givingHospitalId: 'hospital-ruijin',
      specialty: 'cardiology',
      urgency: 'urgent',
      purpose: 'second opinion',
      caseSummary: 'chest pain',
      patient: { reference: 'MRN-1' },
      consent: { medical: true, dataSharing: true },
      requestedBy: clinicianId,
      requestedAt,
      ...(clock && { clock }),
    },
  };
}

export const acceptedAt = (at: string): ConsultationEvent => ({
  type: 'ConsultationAccepted',
  data: { consultationId, expertId, acceptedBy: expertId, acceptedAt: at },
});

export const questionAskedAt = (at: string, previousStatus: 'accepted' | 'scheduled' | 'in-progress' = 'accepted'): ConsultationEvent => ({
  type: 'ConsultationInformationRequested',
  data: { consultationId, questionId: 'question-1', question: 'latest echocardiogram?', previousStatus, askedBy: expertId, askedAt: at },
});

export const scheduledAt = (at: string): ConsultationEvent => ({
  type: 'ConsultationScheduled',
  data: { consultationId, expertId, start: '2025-03-10T06:00:00.000Z', end: '2025-03-10T07:00:00.000Z', scheduledBy: expertId, scheduledAt: at },
});

export const startedAt = (at: string): ConsultationEvent => ({
  type: 'ConsultationStarted',
  data: { consultationId, startedBy: expertId, startedAt: at },
});

export const signedAt = (at: string): ConsultationEvent => ({
  type: 'ConsultationOpinionSigned',
  data: { consultationId, expertId, opinion: 'medical therapy', signedBy: expertId, signedAt: at },
});

export const completedHistory = (): ConsultationEvent[] => [
  requestedWith(),
  acceptedAt('2025-03-10T01:10:00.000Z'),
  scheduledAt('2025-03-10T01:20:00.000Z'),
  startedAt('2025-03-10T06:00:00.000Z'),
  signedAt('2025-03-10T06:50:00.000Z'),
];
