import { getSchemaPath } from '@nestjs/swagger';
import { MAX_MATERIAL_DESCRIPTION_LENGTH } from '@telemed/domain/case-material';
import { arrayOf, id, instant, integer, named, object, oneOf, optional, position, text } from '../http/openapi/response-schema';
import { ReferenceDicomStudyDto } from '@telemed/application/case-materials/attach-material';

const SHA256 = { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'the SHA-256 of the file as uploaded, in hex' } as const;

/** One material of a case: an uploaded file, or a reference to an imaging study kept in an archive. */
export const MATERIAL = named(
  'Material',
  object(
    {
      id: id(),
      kind: oneOf(['file', 'dicom-study']),
      fileName: optional(text('a file: its name as uploaded')),
      mediaType: optional(text('a file: its media type')),
      size: optional(integer('a file: its size in bytes')),
      sha256: optional(SHA256),
      dicom: optional(object({ studyInstanceUid: text('the DICOM Study Instance UID (0020,000D)'), archive: text('the archive (PACS) that holds the study') })),
      description: optional(text()),
      attachedBy: text(),
      attachedAt: instant(),
    },
    'a file (`fileName`, `mediaType`, `size`, `sha256`) or an imaging study reference (`dicom`)',
  ),
);
export const MATERIAL_LIST = named('MaterialList', object({ items: arrayOf(MATERIAL, 'oldest first') }));

/** What attaching answers: recorded, and for a file what was stored. */
export const MATERIAL_ATTACHED = named(
  'MaterialAttached',
  object({
    id: id('the material'),
    position: position('the global log position of the last event written; pass it as `minPosition` to read your write'),
    sha256: optional(SHA256),
    size: optional(integer('a file: its size in bytes')),
    mediaType: optional(text('a file: its media type')),
  }),
);

/** The two bodies an attachment takes: an upload, or a JSON reference to an imaging study. */
export const MATERIAL_BODY = {
  description:
    'A file (multipart/form-data: one part `file`, an optional field `description`) or a reference to an imaging study (JSON: `dicom: {studyInstanceUid, archive}`). ' +
    "Files are kept encrypted under the patient's data key; the answer gives their SHA-256.",
  content: {
    'multipart/form-data': object({
      file: { type: 'string', format: 'binary', description: 'the file: a lab report, ECG, image or document of an accepted media type, within the size limit' },
      description: optional({ type: 'string', maxLength: MAX_MATERIAL_DESCRIPTION_LENGTH }),
    }),
    'application/json': { $ref: getSchemaPath(ReferenceDicomStudyDto) },
  },
};

/** A material's file, in the media type it was uploaded with. */
export const MATERIAL_FILE = { type: 'string', format: 'binary', description: 'the file as uploaded, after its SHA-256 was verified; `Repr-Digest` carries it' } as const;

/** What the routes of a case's materials may refuse besides the standard answers. */
export const MATERIAL_PROBLEMS = {
  attach: {
    413: 'The file is larger than MATERIALS_MAX_BYTES (`material-too-large`), or a JSON body larger than the API accepts (`body-too-large`); nothing was stored.',
    415: 'The file is of a media type not accepted (`material-type-not-allowed`), or the body is neither multipart nor JSON (`unsupported-media-type`); nothing was stored.',
  },
  download: {
    409: 'The material references an imaging study and has no file (`material-is-a-study-reference`).',
    410: "The patient's data was erased: the file can no longer be read (`material-erased`).",
    500: 'The stored file no longer matches the SHA-256 recorded when it was attached (`material-integrity-failure`); it is not served.',
  },
} as const;
