import { clockTime, id, instant, type JsonSchema, record, text } from './json-schema';

const minutes: JsonSchema = { type: 'integer', minimum: 1 };

/** The response clock a consultation or case review was requested under: the same for both. */
export const responseClock = record(
  { agreementId: id, acceptMinutes: minutes, answerMinutes: minutes, acceptBy: instant, answerBy: instant },
  { workingTime: record({ timeZone: text, workingHours: record({ start: clockTime, end: clockTime }) }) },
);

/** A deadline of one case recorded overdue: when it fell due, and when the backbone recorded it. */
export const deadlineOverdue = (caseIdMember: 'consultationId' | 'caseReviewId'): JsonSchema =>
  record({ [caseIdMember]: id, dueAt: instant, recordedAt: instant });
