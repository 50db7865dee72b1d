export type Role = 'coordinator' | 'clinician' | 'expert' | 'auditor' | 'system';

/** Who caused an event. `hospitalId` is set for clinicians and experts. */
export interface Actor {
  userId: string;
  role: Role;
  hospitalId?: string;
}

export interface EventMetadata {
  actor: Actor;
  /** Shared by every event caused by one business request, across services. */
  correlationId: string;
  /** The event or request that directly caused this one. */
  causationId?: string;
  requestId?: string;
  sourceAddress?: string;
  /** The audit chain: this event's hash and the hash of the previous event of its stream. */
  integrity?: { previousHash: string; hash: string };
  /** Which members of `data` are stored encrypted under a patient's data key (see `libs/event-store/encryption`). */
  encryption?: EventEncryption;
  /**
   * The W3C trace context of the append that wrote the event, when the writer was traced: the relay
   * continues the trace from it, across processes (see `libs/event-store/tracing`).
   */
  traceContext?: EventTraceContext;
}

/** `traceparent` and `tracestate` as the W3C Trace Context headers write them. */
export interface EventTraceContext {
  traceparent: string;
  tracestate?: string;
}

/** The patient data key an event's sensitive members were encrypted with, and which members they are. */
export interface EventEncryption {
  /** Pseudonym of the patient: HMAC of (requesting hospital id, patient reference); never the reference itself. */
  keyId: string;
  /** Which of the patient's data keys; a new one is made when the patient has data again after an erasure. */
  keyVersion: number;
  algorithm: 'AES-256-GCM';
  /** Paths of the encrypted members of `data`, such as `patient` or `caseSummary`. */
  fields: string[];
}

/** An event as a writer hands it to the store. */
export interface NewEvent<Data = unknown> {
  eventId: string;
  type: string;
  schemaVersion: number;
  data: Data;
  metadata: EventMetadata;
}

/** An event as the store recorded it: the envelope every reader sees. */
export interface RecordedEvent<Data = unknown> extends NewEvent<Data> {
  streamId: string;
  /** 0-based position of the event inside its stream. */
  streamRevision: number;
  /** Position in the whole log; strictly increasing in commit order. */
  globalPosition: bigint;
  /** ISO-8601 instant at which the store committed the event. */
  recordedAt: string;
}

/** The stream category is the part of the stream id before the first dash: `consultation-<uuid>`. */
export function streamCategory(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash === -1 ? streamId : streamId.slice(0, dash);
}

/** The envelope as JSON carries it (Kafka messages, exports, the audit API): the position as a decimal string. */
export interface JsonEnvelope<Data = unknown> extends Omit<RecordedEvent<Data>, 'globalPosition'> {
  globalPosition: string;
}

/** The whole envelope, member for member, ready for JSON.stringify (JSON has no 64-bit integers). */
export function toJsonEnvelope<Data>(event: RecordedEvent<Data>): JsonEnvelope<Data> {
  return {
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    streamRevision: event.streamRevision,
    globalPosition: event.globalPosition.toString(),
    recordedAt: event.recordedAt,
    data: event.data,
    metadata: event.metadata,
  };
}
