import { CASE_KINDS } from '@telemed/audit';
import {
  anyObject,
  arrayOf,
  decimal,
  flag,
  id,
  instant,
  integer,
  named,
  nullable,
  object,
  oneOf,
  optional,
  pageOf,
  position,
  text,
} from '../http/openapi/response-schema';

const ROLES = ['coordinator', 'clinician', 'expert', 'auditor', 'system'];

const METADATA = object({
  actor: object({ userId: text(), role: oneOf(ROLES), hospitalId: optional(id()) }),
  correlationId: text('shared by every event caused by one business request'),
  causationId: optional(text()),
  requestId: optional(text()),
  sourceAddress: optional(text()),
  integrity: optional(object({ previousHash: text(), hash: text() }, "the audit chain: this event's hash and the previous event's of its stream")),
  encryption: optional(
    object(
      { keyId: text('pseudonym of the patient'), keyVersion: integer(), algorithm: oneOf(['AES-256-GCM']), fields: arrayOf(text()) },
      "which members of `data` are stored encrypted under the patient's data key",
    ),
  ),
  traceContext: optional(
    object({ traceparent: text(), tracestate: optional(text()) }, 'the W3C trace context of the traced request that wrote the event'),
  ),
});

export const RECORDED_EVENT = named(
  'RecordedEvent',
  object({
    eventId: id(),
    type: text('a past-tense fact: `ConsultationRequested`'),
    schemaVersion: integer(),
    streamId: text(),
    streamRevision: integer(),
    globalPosition: position(),
    recordedAt: instant(),
    data: anyObject("the event's data, as its type and schema version define it"),
    redactedFields: optional(arrayOf(text(), 'for coordinators: the clinical members left out of `data`')),
    metadata: METADATA,
  }),
);

export const STREAM_HISTORY = named('StreamHistory', object({ streamId: text(), events: arrayOf(RECORDED_EVENT) }));
export const EVENT_PAGE = named('EventPage', pageOf(RECORDED_EVENT));

export const ACCESS_PAGE = named(
  'AccessPage',
  pageOf(
    object({
      position: position(),
      userId: text(),
      role: text(),
      hospitalId: nullable(id()),
      action: oneOf(['view', 'download', 'export', 'replay'], '`download`: of a case material’s file'),
      kind: oneOf(['consultations', 'case-reviews']),
      caseId: id(),
      materialId: optional(id('the case material downloaded, for a `download`')),
      outcome: oneOf(['allowed', 'denied']),
      sourceAddress: nullable(text()),
      requestId: nullable(text()),
      at: instant(),
    }),
  ),
);

export const CASE_AS_OF = named(
  'CaseAsOf',
  object({
    kind: oneOf(CASE_KINDS),
    id: id(),
    at: instant(),
    state: anyObject("the case's state as the domain folds its events; without clinical members for coordinators"),
    eventsApplied: integer(),
    lastEvent: object({ type: text(), position: position(), recordedAt: instant() }),
  }),
);

const VERIFICATION = {
  ok: flag(),
  eventsChecked: integer(),
  sealsChecked: integer(),
  sealedUpTo: position('the last position covered by a valid seal'),
  firstBreak: optional(object({ position: position(), streamId: optional(text()), reason: text() }, 'the first place the history is not what was written')),
};

export const HISTORY_REPORT = named(
  'HistoryReport',
  object({ ...VERIFICATION, accessTrail: object(VERIFICATION, "the access trail's own report") }),
);

export const REBUILD_REPORT = named(
  'RebuildReport',
  object({
    equal: flag('whether the rebuilt read models equal the live ones, table by table, row by row'),
    differences: arrayOf(object({ table: text(), onlyInLeft: integer(), onlyInRight: integer() })),
    position: position(),
    eventsApplied: integer(),
    seconds: decimal(),
    eventsPerSecond: decimal(),
    swapped: flag(),
  }),
);

export const SEAL_ANSWER = named('SealAnswer', object({ sealed: flag('whether a new seal was written (false when nothing new was there to seal)') }));

export const NDJSON_EXPORT = text("one JSON envelope a line, in stream order, each with its integrity fields");
export const FHIR_EXPORT = anyObject('a FHIR R4 `Bundle` of the case (ServiceRequest, Task, Appointment, Composition, Provenance...)');
