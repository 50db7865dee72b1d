import { ATTENDEE_ROLES, CREDIT_CATEGORIES, PROFESSIONAL_TITLES } from '@telemed/domain/training';
import { arrayOf, calendarDate, decimal, flag, id, instant, integer, named, nullable, object, oneOf, optional, pageOf, position, text } from '../http/openapi/response-schema';
import { SLOT } from '../consultations/consultation.responses';
import { TRAINING_STATUSES } from '@telemed/domain/training';

/** Continuing medical education credits: I类 or II类, and how many points. */
const CREDITS = object({ category: oneOf(CREDIT_CATEGORIES, 'I类 or II类'), points: decimal('points, to a tenth') });

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
    credits: optional(CREDITS),
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

/** Each staff member's continuing-education record at a receiving hospital. */
const PERSON_CREDITS = object({
  staffId: text(),
  name: text(),
  role: optional(oneOf(ATTENDEE_ROLES, 'as recorded at the latest session attended')),
  title: optional(oneOf(PROFESSIONAL_TITLES, 'professional title, as recorded at the latest session attended')),
  sessions: integer('sessions held that the person attended'),
  minutes: integer('minutes attended, in total'),
  credits: object({ I: decimal('I类 points, to a tenth'), II: decimal('II类 points, to a tenth') }),
  attended: arrayOf(
    object({
      trainingSessionId: id(),
      title: text(),
      heldAt: instant(),
      minutes: integer(),
      wholeSession: flag('false when the person attended part of the session'),
      credits: optional(object({ category: oneOf(CREDIT_CATEGORIES), points: decimal('the points earned') })),
    }),
    'oldest first',
  ),
});

export const TRAINING_CREDITS = named(
  'TrainingCreditPage',
  object({
    hospitalId: id(),
    from: nullable(calendarDate()),
    to: nullable(calendarDate()),
    items: arrayOf(PERSON_CREDITS, 'by staff id'),
    nextCursor: nullable(text('pass as `cursor` to read the next page; null on the last page')),
  }),
);

/** The page as a table to print: one line per person. */
export const TRAINING_CREDITS_CSV = { type: 'string', description: 'staffId, name, role, title, sessions, minutes, creditsI, creditsII; UTF-8 with a byte-order mark' } as const;
