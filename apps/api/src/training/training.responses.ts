import { arrayOf, id, instant, integer, named, nullable, object, oneOf, pageOf, position, text } from '../http/openapi/response-schema';
import { SLOT } from '../consultations/consultation.responses';
import { TRAINING_STATUSES } from './training.queries';

export const TRAINING_SESSION = named(
  'TrainingSession',
  object({
    id: id(),
    status: oneOf(TRAINING_STATUSES),
    partnershipId: id(),
    pairingId: nullable(id()),
    givingHospitalId: id(),
    receivingHospitalId: id(),
    title: text(),
    format: text('`lecture`, `ward-round`, `surgical-guidance` or `workshop`'),
    slot: SLOT,
    trainerExpertIds: arrayOf(text()),
    audienceDepartmentIds: arrayOf(id()),
    plannedBy: text(),
    plannedAt: instant(),
    rescheduleCount: integer(),
    heldAt: nullable(instant()),
    attendeeCount: integer('distinct people recorded as attending; one person counts once per session'),
    personTimes: integer('the same count, as the programme reports it (person-times)'),
    cancelledAt: nullable(instant()),
    cancelReason: nullable(text()),
    updatedAt: instant(),
    position: position('the position of the last event applied to this view'),
  }),
);
export const TRAINING_SESSION_PAGE = named('TrainingSessionPage', pageOf(TRAINING_SESSION));

export const ATTENDANCE = named(
  'Attendance',
  object({
    trainingSessionId: id(),
    personTimes: integer(),
    items: arrayOf(object({ staffId: text(), name: text(), recordedBy: text('who first recorded the person as attending'), recordedAt: instant() })),
    nextCursor: nullable(text('pass as `cursor` to read the next page; null on the last page')),
  }),
);
