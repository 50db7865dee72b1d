import { type AggregateSchemas, count, id, instant, listOf, record, text } from './json-schema';

const position: { type: string; pattern: string } = { type: 'string', pattern: '^(0|[1-9]\\d*)$' };
const hex = { type: 'string', pattern: '^[0-9a-f]*$' };

/** The audit chain's seals, appended to the log itself (libs/audit/log-seal.ts). */
export const auditSchemas: AggregateSchemas = {
  streamPrefix: 'audit-seals',
  events: {
    LogSealed: {
      1: record({
        sequence: count,
        fromPosition: position,
        toPosition: position,
        eventCount: count,
        positions: listOf({ type: 'array', prefixItems: [position, position], items: false, minItems: 2 }),
        digests: hex,
        merkleRoot: hex,
        previousSealHash: hex,
        keyId: id,
        algorithm: { const: 'Ed25519' },
        sealedAt: instant,
        signature: text,
      }),
    },
  },
};
