import { PATIENT_DATA_FIELDS } from '@telemed/event-store/encryption/patient-data-fields';
import { type AggregateSchemas, id, instant, type JsonSchema, listOf, record, text } from './json-schema';

const keyId: JsonSchema = { type: 'string', pattern: '^[0-9a-f]{64}$' };
const keyVersion: JsonSchema = { type: 'integer', minimum: 1 };

/** A member of event data sealed under the patient's data key (libs/event-store/encryption): AES-256-GCM, base64. */
export const sealedMember: JsonSchema = { type: 'string', pattern: '^enc:v1:[A-Za-z0-9+/]+={0,2}$' };

/** `metadata.encryption`: which members of `data` are sealed, under which patient key. */
export const encryptionMetadata: JsonSchema = record({
  keyId,
  keyVersion,
  algorithm: { const: 'AES-256-GCM' },
  fields: listOf({ type: 'string', enum: [...PATIENT_DATA_FIELDS] }, 1),
});

/**
 * The log holds patient details and clinical text encrypted, and the relay publishes it as stored:
 * each such member of a data schema is either its plaintext shape or a sealed member.
 */
export function admitSealedMembers(data: JsonSchema): JsonSchema {
  const properties = data.properties as Record<string, JsonSchema> | undefined;
  if (!properties) return data;
  const sealable = Object.fromEntries(
    Object.entries(properties).map(([name, schema]) => [name, PATIENT_DATA_FIELDS.includes(name) ? { anyOf: [schema, sealedMember] } : schema]),
  );
  return { ...data, properties: sealable };
}

const heldCase: JsonSchema = record({ kind: { type: 'string', enum: ['consultation', 'case-review'] }, id });

/** Erasures of a patient's data (crypto-shredding) and legal holds on it, named by the patient's key id only. */
export const patientDataSchemas: AggregateSchemas = {
  streamPrefix: 'patient-data-',
  events: {
    PatientDataErased: {
      1: record({
        keyId,
        keyVersions: listOf(keyVersion),
        reason: text,
        erasedBy: id,
        erasedAt: instant,
        lastActivityAt: { anyOf: [instant, { type: 'null' }] },
        retentionYears: { type: 'integer', minimum: 1 },
      }),
    },
    LegalHoldPlaced: {
      1: record({ holdId: id, keyId, hospitalId: id, reason: text, placedBy: id, placedAt: instant }, { case: heldCase }),
    },
    LegalHoldReleased: {
      1: record({ holdId: id, keyId, reason: text, releasedBy: id, releasedAt: instant }),
    },
  },
};
