import { arrayOf, flag, id, instant, integer, listOf, named, nullable, object, oneOf, optional, position, text } from '../http/openapi/response-schema';

const CASE_KIND = oneOf(['consultation', 'case-review']);

export const ERASURE = named(
  'PatientDataErasure',
  object({
    keyId: text('pseudonym of the patient; never the record number'),
    keyVersions: arrayOf(integer(), 'the data keys deleted'),
    lastActivityAt: nullable(instant()),
    position: position(),
  }),
);

export const LEGAL_HOLD_LIST = named(
  'LegalHoldList',
  listOf(
    object({
      id: id(),
      keyId: text('pseudonym of the patient; never the record number'),
      hospitalId: id(),
      case: optional(object({ kind: CASE_KIND, id: id() }, 'the case the hold was placed by, when it was')),
      reason: text(),
      placedBy: text(),
      placedAt: instant(),
      active: flag(),
      release: optional(object({ reason: text(), releasedBy: text(), releasedAt: instant() })),
    }),
  ),
);

export const RETENTION_DUE = named(
  'RetentionDue',
  object({
    retentionYears: integer(),
    asOf: instant(),
    items: arrayOf(
      object({
        keyId: text(),
        lastActivityAt: instant(),
        keptUntil: instant('the end of the retention period: the records could be erased from then on'),
        cases: arrayOf(object({ kind: CASE_KIND, id: id(), requestingHospitalId: id() })),
      }),
    ),
  }),
);
