import type { AuthenticatedUser } from '@telemed/auth';
import type { AccessAttempt, PatientCaseKind } from '@telemed/audit';
import { caseReviewStreamId } from '@telemed/domain/case-review';
import { consultationStreamId } from '@telemed/domain/consultation';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';

/**
 * The members of event data (and of case state) that are patient details or clinical text: the
 * patient, the case summary, and what the physicians wrote. Coordinators never see them; an
 * auditor's read of them is recorded in the access trail.
 */
export const CLINICAL_FIELDS: readonly string[] = ['patient', 'caseSummary', 'opinion', 'recommendations', 'conclusion'];

/** Coordinators manage the network: they read the history without the patient and the clinical text. */
export function seesPatientDetails(user: AuthenticatedUser): boolean {
  return user.role !== 'coordinator';
}

/** The value without its clinical members, and the names of those it had. */
export function withoutClinicalFields<Value extends object>(value: Value): { value: Partial<Value>; redacted: string[] } {
  const redacted = CLINICAL_FIELDS.filter((field) => field in value);
  if (redacted.length === 0) return { value, redacted };
  const kept = Object.fromEntries(Object.entries(value).filter(([key]) => !CLINICAL_FIELDS.includes(key)));
  return { value: kept as Partial<Value>, redacted };
}

/**
 * An event with its whole envelope as the store recorded it; positions as decimal strings. For a
 * caller who may not see patient details, clinical members of `data` are left out and named in
 * `redactedFields`.
 */
export function envelopeView(event: RecordedEvent, user: AuthenticatedUser) {
  const data = event.data;
  const redaction =
    !seesPatientDetails(user) && data !== null && typeof data === 'object' ? withoutClinicalFields(data as object) : undefined;
  return {
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    streamRevision: event.streamRevision,
    globalPosition: event.globalPosition.toString(),
    recordedAt: event.recordedAt,
    data: redaction ? redaction.value : data,
    ...(redaction && redaction.redacted.length > 0 && { redactedFields: redaction.redacted }),
    metadata: event.metadata,
  };
}

export type EnvelopeView = ReturnType<typeof envelopeView>;

const CASE_STREAMS: Array<{ kind: PatientCaseKind; prefix: string }> = [
  { kind: 'consultations', prefix: consultationStreamId('') },
  { kind: 'case-reviews', prefix: caseReviewStreamId('') },
];

/** The case a stream records, when it is a kind of case that carries patient details. */
export function patientCaseOf(streamId: string): { kind: PatientCaseKind; caseId: string } | undefined {
  const match = CASE_STREAMS.find(({ prefix }) => streamId.startsWith(prefix));
  return match && { kind: match.kind, caseId: streamId.slice(match.prefix.length) };
}

/** Whether the event, as shown to this caller, discloses a patient's details. */
function disclosesPatientDetails(event: RecordedEvent, user: AuthenticatedUser): boolean {
  const data = event.data;
  return seesPatientDetails(user) && data !== null && typeof data === 'object' && CLINICAL_FIELDS.some((field) => field in data);
}

/** One access per case whose patient details these events disclose to the caller. */
export function disclosedCases(events: RecordedEvent[], user: AuthenticatedUser, action: AccessAttempt['action']): AccessAttempt[] {
  const cases = new Map<string, AccessAttempt>();
  for (const event of events) {
    const patientCase = patientCaseOf(event.streamId);
    if (!patientCase || !disclosesPatientDetails(event, user)) continue;
    cases.set(event.streamId, { action, ...patientCase, outcome: 'allowed' });
  }
  return [...cases.values()];
}
