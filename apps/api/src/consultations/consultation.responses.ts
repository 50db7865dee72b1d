import { arrayOf, calendarDate, flag, id, instant, integer, named, nullable, object, oneOf, optional, pageOf, position, text } from '../http/openapi/response-schema';
import { CONSULTATION_STATUSES } from './consultation.queries';
import { SEXES } from './request-consultation';

/** The patient as the request gave it; never shown to coordinators. After an erasure every member reads `[erased]`. */
export const PATIENT = named(
  'Patient',
  object({
    reference: text("the patient's record number at the requesting hospital; `[erased]` once the patient's data is erased"),
    name: optional(text()),
    sex: optional(oneOf(SEXES)),
    birthDate: optional(calendarDate()),
  }),
);
export const CONSENT = object({ medical: flag(), dataSharing: flag() });
export const SLOT = object({ start: instant(), end: instant() });

export const CONSULTATION = named(
  'Consultation',
  object({
    id: id(),
    status: oneOf(CONSULTATION_STATUSES),
    partnershipId: id(),
    pairingId: nullable(id()),
    requestingHospitalId: id(),
    givingHospitalId: id(),
    expertId: nullable(text('the assigned expert, once accepted')),
    specialty: text(),
    urgency: oneOf(['routine', 'urgent']),
    requestedTitle: nullable(text()),
    requestedExpertId: nullable(text()),
    purpose: text(),
    caseSummary: optional(text('absent for coordinators')),
    patient: optional(PATIENT),
    consent: CONSENT,
    requestedBy: text(),
    requestedAt: instant(),
    acceptedAt: nullable(instant()),
    declinedAt: nullable(instant()),
    declineReasonCode: nullable(oneOf(['outside-specialty', 'insufficient-information', 'capacity', 'not-suitable-for-remote', 'other'])),
    declineReason: nullable(text()),
    slot: nullable(SLOT),
    rescheduleCount: integer(),
    startedAt: nullable(instant()),
    completedAt: nullable(instant()),
    opinion: optional(nullable(text('absent for coordinators'))),
    recommendations: optional(nullable(text('absent for coordinators'))),
    signedBy: nullable(text()),
    cancelledAt: nullable(instant()),
    cancelReason: nullable(text()),
    updatedAt: instant(),
    position: position('the position of the last event applied to this view'),
  }),
);
export const CONSULTATION_PAGE = named('ConsultationPage', pageOf(CONSULTATION));

/** A booking's answer: recorded, with why the slot may be inconvenient. */
export const SCHEDULED = named(
  'Scheduled',
  object({
    id: id(),
    position: position(),
    warnings: arrayOf(text(), 'why the slot may be inconvenient: outside either hospital’s working hours'),
  }),
);
