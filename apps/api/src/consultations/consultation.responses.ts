import { arrayOf, calendarDate, flag, id, instant, integer, named, nullable, object, oneOf, optional, pageOf, position, text } from '../http/openapi/response-schema';
import { CONSULTATION_STATUSES } from '@telemed/domain/consultation';
import { SEXES } from '@telemed/application/consultations/request-consultation';
import { MATERIAL_SUMMARY } from '../case-materials/material-summary.responses';

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

/** A response target: when it is due, when it was met, and whether it was recorded overdue. */
export const DEADLINE = object(
  {
    due: instant(),
    metAt: optional(instant('when it was met: the response (accept: the expert answered, or a panellist accepted), or the signed opinion or panel conclusion (answer)')),
    overdue: flag('whether the deadline passed unmet and was recorded overdue'),
    overdueAt: optional(instant('when it was recorded overdue')),
  },
  'a response target of the agreement, in working time when it says so',
);

const DEADLINES = nullable(
  object(
    {
      accept: nullable(DEADLINE),
      answer: nullable(DEADLINE),
    },
    'the accept-by and answer-by deadlines; null when the consultation was requested without response targets',
  ),
);

const FEEDBACK = nullable(
  object(
    {
      usefulness: { type: 'integer', minimum: 1, maximum: 5, description: 'how useful the requesting clinician found the opinion, 1 to 5' },
      comment: optional(text('absent for coordinators, and when none was given')),
      givenAt: instant(),
    },
    "the requesting clinician's rating of the signed opinion; null until given",
  ),
);

/** A question of the assigned expert, and the requesting clinician's answer. */
export const CONSULTATION_QUESTION = named(
  'ConsultationQuestion',
  object({
    id: id(),
    question: optional(text('absent for coordinators')),
    askedBy: text(),
    askedAt: instant(),
    answer: optional(text('absent for coordinators and until answered')),
    answeredBy: nullable(text()),
    answeredAt: nullable(instant()),
  }),
);

const CONSULTATION_FIELDS = {
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
  deadlines: DEADLINES,
  overdue: flag('whether either deadline was recorded overdue'),
  feedback: FEEDBACK,
  updatedAt: instant(),
  position: position('the position of the last event applied to this view'),
};

export const CONSULTATION = named('Consultation', object(CONSULTATION_FIELDS));
/** One consultation read by its id: the view of the list with its questions and answers and its materials. */
export const CONSULTATION_DETAIL = named(
  'ConsultationDetail',
  object({
    ...CONSULTATION_FIELDS,
    questions: arrayOf(CONSULTATION_QUESTION, 'the expert’s questions and the clinician’s answers, oldest first'),
    materials: arrayOf(MATERIAL_SUMMARY, 'the files and imaging studies attached, in the order attached'),
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
