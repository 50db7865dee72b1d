import type { AuthenticatedUser } from '@telemed/auth';
import type { AccessAttempt, PatientCaseKind } from '@telemed/audit';
import { caseReviewStreamId } from '@telemed/domain/case-review';
import { consultationStreamId } from '@telemed/domain/consultation';
import { type RecordedEvent, toJsonEnvelope } from '@telemed/event-store/event-envelope';

/**
 * The members of event data (and of case state) that are patient details or clinical text: the
 * patient, the case summary, what the physicians wrote, and the names, descriptions and study
 * UIDs of case materials. Coordinators never see them; an auditor's read of them is recorded in the
 * access trail.
 */
export const CLINICAL_FIELDS: readonly string[] = ['patient', 'caseSummary', 'opinion', 'recommendations', 'conclusion', 'fileName', 'description', 'studyInstanceUid'];

/** Coordinators manage the network: they read the history without the patient and the clinical text. */
export function seesPatientDetails(user: AuthenticatedUser): boolean {
  return user.role !== 'coordinator';
}

/**
 * The value without its clinical members, at any depth (a case review's contributions carry
 * opinions), and the paths of those it had, such as `caseSummary` or `contributions[].opinion`.
 */
export function withoutClinicalFields<Value>(value: Value): { value: Value; redacted: string[] } {
  return withoutFields(value, CLINICAL_FIELDS);
}

/** The value without the members named `fields`, at any depth, and the paths of those it had. */
export function withoutFields<Value>(value: Value, fields: readonly string[]): { value: Value; redacted: string[] } {
  const redacted = new Set<string>();
  const strip = (member: unknown, path: string): unknown => {
    if (Array.isArray(member)) return member.map((item) => strip(item, `${path}[]`));
    if (member === null || typeof member !== 'object') return member;
    return Object.fromEntries(
      Object.entries(member).flatMap(([key, inner]) => {
        const innerPath = path ? `${path}.${key}` : key;
        if (fields.includes(key)) {
          redacted.add(innerPath);
          return [];
        }
        return [[key, strip(inner, innerPath)]];
      }),
    );
  };
  const stripped = strip(value, '') as Value;
  return { value: stripped, redacted: [...redacted] };
}

/**
 * An event with its whole envelope as the store recorded it; positions as decimal strings. For a
 * caller who may not see patient details, clinical members of `data` are left out and named in
 * `redactedFields`.
 */
export function envelopeView(event: RecordedEvent, user: AuthenticatedUser) {
  const redaction = seesPatientDetails(user) ? undefined : withoutClinicalFields(event.data);
  const { metadata, ...envelope } = toJsonEnvelope(event);
  return {
    ...envelope,
    data: redaction ? redaction.value : event.data,
    ...(redaction && redaction.redacted.length > 0 && { redactedFields: redaction.redacted }),
    metadata,
  };
}


const CASE_STREAMS: Array<{ kind: PatientCaseKind; prefix: string }> = [
  { kind: 'consultations', prefix: consultationStreamId('') },
  { kind: 'case-reviews', prefix: caseReviewStreamId('') },
];

/** The case a stream records, when it is a kind of case that carries patient details. */
export function patientCaseOf(streamId: string): { kind: PatientCaseKind; caseId: string } | undefined {
  const match = CASE_STREAMS.find(({ prefix }) => streamId.startsWith(prefix));
  return match && { kind: match.kind, caseId: streamId.slice(match.prefix.length) };
}

/** Whether the value, as shown to this caller, discloses a patient's details. */
export function disclosesPatientDetails(value: unknown, user: AuthenticatedUser): boolean {
  return seesPatientDetails(user) && withoutClinicalFields(value).redacted.length > 0;
}

/** One access per case whose patient details these events disclose to the caller. */
export function disclosedCases(events: RecordedEvent[], user: AuthenticatedUser, action: AccessAttempt['action']): AccessAttempt[] {
  const cases = new Map<string, AccessAttempt>();
  for (const event of events) {
    const patientCase = patientCaseOf(event.streamId);
    if (!patientCase || !disclosesPatientDetails(event.data, user)) continue;
    cases.set(event.streamId, { action, ...patientCase, outcome: 'allowed' });
  }
  return [...cases.values()];
}
