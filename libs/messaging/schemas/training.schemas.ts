import { ATTENDEE_ROLES, CREDIT_CATEGORIES, MAX_SESSION_POINTS, PROFESSIONAL_TITLES, TRAINING_FORMATS } from '@telemed/domain/training';
import { type AggregateSchemas, id, instant, type JsonSchema, listOf, oneOf, record, text } from './json-schema';

const plannedV1 = {
  trainingSessionId: id,
  partnershipId: id,
  givingHospitalId: id,
  receivingHospitalId: id,
  title: text,
  format: oneOf(TRAINING_FORMATS),
  start: instant,
  end: instant,
  trainerExpertIds: listOf(id),
  audienceDepartmentIds: listOf(id),
  plannedBy: id,
  plannedAt: instant,
};

const credits: JsonSchema = record({
  category: oneOf(CREDIT_CATEGORIES),
  points: { type: 'number', exclusiveMinimum: 0, maximum: MAX_SESSION_POINTS, multipleOf: 0.5 },
});

const attendeeV2: JsonSchema = record(
  { staffId: id, name: text },
  { role: oneOf(ATTENDEE_ROLES), title: oneOf(PROFESSIONAL_TITLES), minutes: { type: 'integer', minimum: 1 } },
);

export const trainingSchemas: AggregateSchemas = {
  streamPrefix: 'training-session-',
  events: {
    TrainingSessionPlanned: {
      1: record(plannedV1, { pairingId: id }),
      // Version 2: the continuing-education credits the session awards, when it awards any.
      2: record(plannedV1, { pairingId: id, credits }),
    },
    TrainingSessionRescheduled: {
      // The previous slot is empty text for a session planned without one (the decider allows it).
      1: record({
        trainingSessionId: id,
        previousStart: text,
        previousEnd: text,
        start: instant,
        end: instant,
        rescheduledBy: id,
        rescheduledAt: instant,
      }),
    },
    TrainingSessionHeld: {
      1: record({ trainingSessionId: id, heldAt: instant, recordedBy: id, recordedAt: instant }),
    },
    AttendanceRecorded: {
      1: record({
        trainingSessionId: id,
        attendees: listOf(record({ staffId: id, name: text })),
        recordedBy: id,
        recordedAt: instant,
      }),
      // Version 2: each attendee's role, professional title and, for part of the session, the minutes attended.
      2: record({ trainingSessionId: id, attendees: listOf(attendeeV2), recordedBy: id, recordedAt: instant }),
    },
    TrainingSessionCancelled: {
      1: record({ trainingSessionId: id, reason: text, cancelledBy: id, cancelledAt: instant }),
    },
  },
};
