import type { EventMetadata } from '../event-envelope';

/**
 * The members of event data that are patient details or may hold clinical text: stored encrypted
 * under the patient's data key in every stream that records a patient's case. `reason` covers
 * declines and cancellations, which clinicians explain in clinical terms; `question`, `answer` and
 * `comment` the information loop and the closeout feedback, which speak of the patient. A case
 * material's file name, description and imaging study UID may name or single out the patient.
 */
export const PATIENT_DATA_FIELDS: readonly string[] = [
  'patient',
  'purpose',
  'caseSummary',
  'opinion',
  'recommendations',
  'conclusion',
  'reason',
  'fileName',
  'studyInstanceUid',
  'description',
  'question',
  'answer',
  'comment',
];

/** What an encrypted text member reads as once the patient's data key has been erased. */
export const ERASED_TEXT = '[erased]';

/** What the patient member reads as once the patient's data key has been erased. */
export const ERASED_PATIENT: Readonly<{ reference: string }> = Object.freeze({ reference: ERASED_TEXT });

/** The placeholder of one erased member: the same every time, so a rebuild after erasure equals the purged read models. */
export function erasedValueOf(field: string): unknown {
  return field === 'patient' ? { ...ERASED_PATIENT } : ERASED_TEXT;
}

/** The members of `data` that are present and must be stored encrypted. */
export function sensitiveFieldsOf(data: unknown): string[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  return PATIENT_DATA_FIELDS.filter((field) => record[field] !== undefined && record[field] !== null);
}

/** The patient's reference and the hospital that identifies them by it, when the data names a patient. */
export function patientIdentityOf(data: unknown, metadata: EventMetadata): { hospitalId: string; reference: string } | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const { patient, requestingHospitalId } = data as { patient?: unknown; requestingHospitalId?: unknown };
  if (patient === undefined || patient === null) return undefined;
  const reference = typeof patient === 'object' ? (patient as { reference?: unknown }).reference : undefined;
  const hospitalId = typeof requestingHospitalId === 'string' ? requestingHospitalId : metadata.actor?.hospitalId;
  // Fail closed: patient details that cannot be keyed are never stored in clear.
  if (typeof reference !== 'string' || reference === '' || !hospitalId) {
    throw new Error('patient details must name the patient reference and the requesting hospital');
  }
  return { hospitalId, reference };
}

/** The pseudonymous key id of the patient an event's encrypted data belongs to. */
export function patientKeyIdOf(event: { metadata: EventMetadata }): string | null {
  return event.metadata?.encryption?.keyId ?? null;
}
