import { createHash } from 'node:crypto';
import type { Actor } from '@telemed/event-store/event-envelope';
import type { CaseExportEvent, CaseExportHeader, CaseExportRecord, CaseKind } from './case-export.records';

/** Code systems of our own, for what FHIR has no code for. */
export const FHIR_SYSTEMS = {
  eventType: 'urn:telemed-backbone:event-type',
  integrityHash: 'urn:telemed-backbone:integrity-hash',
  user: 'urn:telemed-backbone:user',
  hospital: 'urn:telemed-backbone:hospital',
  caseExport: 'urn:telemed-backbone:case-export',
} as const;

const AUDIT_EVENT_TYPE = 'http://terminology.hl7.org/CodeSystem/audit-event-type';
const AUDIT_ENTITY_TYPE = 'http://terminology.hl7.org/CodeSystem/audit-entity-type';
const SECURITY_SOURCE_TYPE = 'http://terminology.hl7.org/CodeSystem/security-source-type';
/** AuditEvent.agent.network.type: an IP address. */
const NETWORK_IP_ADDRESS = '2';
/** AuditEvent.outcome: success. Only what happened is recorded: a refused command writes no event. */
const OUTCOME_SUCCESS = '0';

export interface FhirIdentifier {
  system?: string;
  value: string;
  assigner?: FhirReference;
}

export interface FhirReference {
  reference?: string;
  type?: string;
  identifier?: FhirIdentifier;
  display?: string;
}

export interface FhirCoding {
  system: string;
  code: string;
  display?: string;
}

export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}

export interface FhirAuditEvent {
  resourceType: 'AuditEvent';
  id: string;
  type: FhirCoding;
  subtype: FhirCoding[];
  action: 'C' | 'U';
  recorded: string;
  outcome: typeof OUTCOME_SUCCESS;
  agent: Array<{
    who: FhirReference;
    role: FhirCodeableConcept[];
    requestor: boolean;
    network?: { address: string; type: typeof NETWORK_IP_ADDRESS };
  }>;
  source: { observer: FhirReference; type: FhirCoding[] };
  entity: Array<{ what: FhirReference; type: FhirCoding; detail: Array<{ type: string; valueString: string }> }>;
}

export interface FhirProvenance {
  resourceType: 'Provenance';
  id: string;
  extension: Array<{ url: string; valueString: string }>;
  target: FhirReference[];
  recorded: string;
  activity: FhirCodeableConcept;
  agent: Array<{ type: FhirCodeableConcept; who: FhirReference; onBehalfOf?: FhirReference }>;
}

export interface FhirBundle {
  resourceType: 'Bundle';
  identifier: FhirIdentifier;
  type: 'collection';
  timestamp: string;
  entry: Array<{ fullUrl: string; resource: FhirAuditEvent | FhirProvenance }>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/** A name-based UUID (version 5 layout over SHA-256), so the same export always maps to the same bundle. */
function derivedUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const digits = hex.join('');
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20)}`;
}

const uuidOf = (eventId: string) => (UUID.test(eventId) ? eventId.toLowerCase() : derivedUuid(`event:${eventId}`));

/**
 * The case as FHIR names it (DOMAIN: consultation request → ServiceRequest, case-review panel →
 * CareTeam). A training session and the ledger's records have no FHIR resource of their own, so they are named by identifier only.
 */
export function caseReference(kind: CaseKind, id: string): FhirReference {
  const identifier = { system: `urn:telemed-backbone:${kind}`, value: id };
  const resourceType = kind === 'consultation' ? 'ServiceRequest' : kind === 'case-review' ? 'CareTeam' : undefined;
  if (!resourceType || !FHIR_ID.test(id)) return { identifier, display: kind };
  return { reference: `${resourceType}/${id}`, type: resourceType, identifier };
}

const userOf = (actor: Actor): FhirReference => ({ identifier: { system: FHIR_SYSTEMS.user, value: actor.userId } });

const hospitalOf = (actor: Actor): FhirReference | undefined =>
  actor.hospitalId ? { type: 'Organization', identifier: { system: FHIR_SYSTEMS.hospital, value: actor.hospitalId } } : undefined;

function actorOf(event: CaseExportEvent): Actor {
  const actor = event.envelope.metadata?.actor;
  return actor && typeof actor.userId === 'string' ? actor : { userId: 'unknown', role: 'system' };
}

function auditEventOf(event: CaseExportEvent, target: FhirReference, id: string): FhirAuditEvent {
  const { envelope } = event;
  const actor = actorOf(event);
  const { sourceAddress } = envelope.metadata;
  return {
    resourceType: 'AuditEvent',
    id,
    type: { system: AUDIT_EVENT_TYPE, code: 'rest', display: 'RESTful Operation' },
    subtype: [{ system: FHIR_SYSTEMS.eventType, code: envelope.type }],
    // The first event of a case creates it; every later one changes it.
    action: envelope.streamRevision === 0 ? 'C' : 'U',
    recorded: envelope.recordedAt,
    outcome: OUTCOME_SUCCESS,
    agent: [
      {
        who: userOf(actor),
        role: [{ text: actor.role }],
        requestor: true,
        ...(sourceAddress && { network: { address: sourceAddress, type: NETWORK_IP_ADDRESS } }),
      },
    ],
    source: {
      observer: { display: 'telemed-backbone' },
      type: [{ system: SECURITY_SOURCE_TYPE, code: '4', display: 'Application Server' }],
    },
    entity: [
      {
        what: target,
        type: { system: AUDIT_ENTITY_TYPE, code: '2', display: 'System Object' },
        detail: [
          { type: 'eventId', valueString: envelope.eventId },
          { type: 'integrity.hash', valueString: envelope.metadata.integrity?.hash ?? '' },
          { type: 'position', valueString: envelope.globalPosition },
        ],
      },
    ],
  };
}

function provenanceOf(event: CaseExportEvent, target: FhirReference, id: string): FhirProvenance {
  const { envelope } = event;
  const actor = actorOf(event);
  const onBehalfOf = hospitalOf(actor);
  return {
    resourceType: 'Provenance',
    id,
    // The chain hash, not a signature: the backbone signs seals over many events, not single ones.
    extension: [{ url: FHIR_SYSTEMS.integrityHash, valueString: envelope.metadata.integrity?.hash ?? '' }],
    target: [target],
    recorded: envelope.recordedAt,
    activity: { coding: [{ system: FHIR_SYSTEMS.eventType, code: envelope.type }], text: envelope.type },
    agent: [{ type: { text: actor.role }, who: userOf(actor), ...(onBehalfOf && { onBehalfOf }) }],
  };
}

/**
 * A case history as a FHIR R4 collection: per event, an AuditEvent (who did what, when, from where)
 * and a Provenance (who is behind that change of the case). Neither copies event data: no patient,
 * no clinical text, only ids, roles, times and the chain hash that ties each entry to the history.
 */
export function caseHistoryAsFhirBundle(records: readonly CaseExportRecord[]): FhirBundle {
  const header = records.find((record): record is CaseExportHeader => record.record === 'header');
  if (!header) throw new TypeError('a case export begins with its header');
  const target = caseReference(header.kind, header.id);
  const entry = records
    .filter((record): record is CaseExportEvent => record.record === 'event')
    .flatMap((event) => {
      const auditEventId = uuidOf(event.envelope.eventId);
      const provenanceId = derivedUuid(`provenance:${event.envelope.eventId}`);
      return [
        { fullUrl: `urn:uuid:${auditEventId}`, resource: auditEventOf(event, target, auditEventId) },
        { fullUrl: `urn:uuid:${provenanceId}`, resource: provenanceOf(event, target, provenanceId) },
      ];
    });
  return {
    resourceType: 'Bundle',
    identifier: { system: FHIR_SYSTEMS.caseExport, value: header.streamId },
    type: 'collection',
    timestamp: header.exportedAt,
    entry,
  };
}
