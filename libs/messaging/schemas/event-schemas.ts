import type { Role } from '@telemed/event-store/event-envelope';
import { agreementSchemas } from './agreement.schemas';
import { auditSchemas } from './audit.schemas';
import { caseReviewSchemas } from './case-review.schemas';
import { consultationSchemas } from './consultation.schemas';
import { expertSchemas } from './expert.schemas';
import { hospitalSchemas } from './hospital.schemas';
import { type AggregateSchemas, id, instant, type JsonSchema, oneOf, record, text } from './json-schema';
import { partnershipSchemas } from './partnership.schemas';
import { admitSealedMembers, encryptionMetadata, patientDataSchemas } from './patient-data.schemas';
import { postingSchemas } from './posting.schemas';
import { trainingSchemas } from './training.schemas';
import { visitSchemas } from './visit.schemas';
import { techniqueSchemas } from './technique.schemas';
import { researchOutputSchemas } from './research-output.schemas';
import { consortiumSchemas } from './consortium.schemas';
import { furtherStudySchemas, traineeSchemas } from './further-study.schemas';
import { webhookSchemas } from './webhook.schemas';

/** Every aggregate whose events the relay publishes, with the data schema of each event type and version. */
export const AGGREGATE_SCHEMAS: readonly AggregateSchemas[] = [
  hospitalSchemas,
  partnershipSchemas,
  agreementSchemas,
  expertSchemas,
  consultationSchemas,
  caseReviewSchemas,
  trainingSchemas,
  postingSchemas,
  visitSchemas,
  furtherStudySchemas,
  traineeSchemas,
  techniqueSchemas,
  researchOutputSchemas,
  consortiumSchemas,
  webhookSchemas,
  auditSchemas,
  patientDataSchemas,
];

const ROLES = ['coordinator', 'clinician', 'expert', 'auditor', 'system'] as const satisfies readonly Role[];

const metadataSchema = record(
  { actor: record({ userId: id, role: oneOf(ROLES) }, { hospitalId: id }), correlationId: id },
  {
    causationId: id,
    requestId: id,
    sourceAddress: text,
    integrity: record({ previousHash: { type: 'string', pattern: '^[0-9a-f]{64}$' }, hash: { type: 'string', pattern: '^[0-9a-f]{64}$' } }),
    encryption: encryptionMetadata,
    traceContext: record({ traceparent: { type: 'string', pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$' } }, { tracestate: text }),
  },
);

export interface PublishedEventType {
  type: string;
  schemaVersion: number;
  streamPrefix: string;
}

/** Every (event type, schema version) the registry describes. */
export function publishedEventTypes(): PublishedEventType[] {
  return AGGREGATE_SCHEMAS.flatMap(({ streamPrefix, events }) =>
    Object.entries(events).flatMap(([type, versions]) =>
      Object.keys(versions).map((version) => ({ type, schemaVersion: Number(version), streamPrefix })),
    ),
  );
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The JSON Schema of a published message's value (the event envelope, position as a decimal
 * string) for one event type and schema version; undefined for a pair the registry does not know.
 */
export function publishedMessageSchema(type: string, schemaVersion: number): JsonSchema | undefined {
  for (const { streamPrefix, events } of AGGREGATE_SCHEMAS) {
    const data = Object.hasOwn(events, type) ? events[type][schemaVersion] : undefined;
    if (!data) continue;
    return {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `urn:telemed:event:${type}:v${schemaVersion}`,
      title: `${type} (schema version ${schemaVersion}) as published to Kafka`,
      ...record({
        eventId: id,
        type: { const: type },
        schemaVersion: { const: schemaVersion },
        streamId: { type: 'string', pattern: `^${escapeRegExp(streamPrefix)}` },
        streamRevision: { type: 'integer', minimum: 0 },
        globalPosition: { type: 'string', pattern: '^[1-9]\\d*$' },
        recordedAt: instant,
        data: admitSealedMembers(data),
        metadata: metadataSchema,
      }),
    };
  }
  return undefined;
}
