import { arrayOf, flag, id, instant, integer, named, nullable, object, oneOf, optional, pageOf, position, text } from '../http/openapi/response-schema';
import { CONSENT, DEADLINE, PATIENT, SLOT } from '../consultations/consultation.responses';
import { CASE_REVIEW_STATUSES } from '@telemed/domain/case-review';
import { URGENCIES } from '@telemed/domain/core';
import { MATERIAL_SUMMARY } from '../case-materials/material-summary.responses';

const PANELIST = object({ expertId: text(), hospitalId: id(), specialty: text() });

const DEADLINES = nullable(
  object(
    {
      accept: nullable(DEADLINE),
      answer: nullable(DEADLINE),
    },
    'accept by: met when the first invited expert accepts; answer by: met when the panel concludes. Null when the review was requested without response targets',
  ),
);

const CASE_REVIEW_FIELDS = {
  id: id(),
  status: oneOf(CASE_REVIEW_STATUSES),
  partnershipId: id(),
  pairingId: nullable(id()),
  requestingHospitalId: id(),
  givingHospitalId: id(),
  specialties: arrayOf(text()),
  urgency: oneOf(URGENCIES, "which of the agreement's response targets the deadlines run on"),
  purpose: text(),
  caseSummary: optional(text('absent for coordinators')),
  patient: optional(PATIENT),
  consent: CONSENT,
  requestedBy: text(),
  requestedAt: instant(),
  invitations: arrayOf(
    object({
      expertId: text(),
      hospitalId: id(),
      specialty: text(),
      answer: oneOf(['pending', 'accepted', 'declined']),
      reason: nullable(text()),
      invitedBy: text(),
      invitedAt: instant(),
      answeredAt: nullable(instant()),
    }),
  ),
  panel: arrayOf(PANELIST, 'the invited experts who accepted'),
  slot: nullable(SLOT),
  rescheduleCount: integer(),
  startedAt: nullable(instant()),
  contributions: arrayOf(object({ expertId: text(), opinion: optional(text('absent for coordinators')), recordedAt: instant() })),
  conclusion: optional(nullable(text('absent for coordinators'))),
  concludedBy: nullable(text()),
  concludedAt: nullable(instant()),
  cancelledAt: nullable(instant()),
  cancelReason: nullable(text()),
  deadlines: DEADLINES,
  overdue: flag('whether either deadline was recorded overdue'),
  updatedAt: instant(),
  position: position('the position of the last event applied to this view'),
};

export const CASE_REVIEW = named('CaseReview', object(CASE_REVIEW_FIELDS));
/** One case review read by its id: the view of the list with its materials. */
export const CASE_REVIEW_DETAIL = named(
  'CaseReviewDetail',
  object({ ...CASE_REVIEW_FIELDS, materials: arrayOf(MATERIAL_SUMMARY, 'the files and imaging studies attached, in the order attached') }),
);
export const CASE_REVIEW_PAGE = named('CaseReviewPage', pageOf(CASE_REVIEW));
