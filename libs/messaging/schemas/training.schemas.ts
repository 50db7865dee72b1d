import { TRAINING_FORMATS } from '@telemed/domain/training';
import { type AggregateSchemas, id, instant, listOf, oneOf, record, text } from './json-schema';

export const trainingSchemas: AggregateSchemas = {
  streamPrefix: 'training-session-',
  events: {
    TrainingSessionPlanned: {
      1: record(
        {
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
        },
        { pairingId: id },
      ),
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
    },
    TrainingSessionCancelled: {
      1: record({ trainingSessionId: id, reason: text, cancelledBy: id, cancelledAt: instant }),
    },
  },
};
