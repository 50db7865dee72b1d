import { id, instant, integer, named, object, oneOf, optional, text } from '../http/openapi/response-schema';

/** A material as a case's own view lists it; its file name and description are read through the case's materials route. */
export const MATERIAL_SUMMARY = named(
  'MaterialSummary',
  object({
    id: id(),
    kind: oneOf(['file', 'dicom-study']),
    mediaType: optional(text('a file: its media type')),
    size: optional(integer('a file: its size in bytes')),
    sha256: optional({ type: 'string', pattern: '^[0-9a-f]{64}$', description: 'a file: its SHA-256 as uploaded, in hex' }),
    archive: optional(text('an imaging study: the archive (PACS) that holds it')),
    attachedBy: text(),
    attachedAt: instant(),
  }),
);
