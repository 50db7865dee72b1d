import { count, id, instant, type JsonSchema, record, text } from './json-schema';

const sha256: JsonSchema = { type: 'string', pattern: '^[0-9a-f]{64}$' };

/**
 * The data of a material attached to a case, the same for consultations and case reviews: a file
 * (its digest, size, type and where its encrypted bytes are) or a DICOM study reference. The file
 * name, the study UID and the description are sealed under the patient's key when stored.
 */
export function materialAttached(caseIdMember: 'consultationId' | 'caseReviewId'): JsonSchema {
  return record(
    { [caseIdMember]: id, materialId: id, attachedBy: id, attachedAt: instant },
    {
      file: record({ sha256, size: { ...count, minimum: 1 }, mediaType: text, blobAddress: sha256, keyVersion: { type: 'integer', minimum: 1 } }),
      fileName: text,
      dicomStudy: record({ archive: text }),
      studyInstanceUid: text,
      description: text,
    },
  );
}
