import type { DomainEvent } from '@telemed/domain/core';

/** A file kept in the blob store, encrypted under the patient's data key; its plaintext is named by its SHA-256. */
export interface AttachedFile {
  /** SHA-256 of the file as uploaded (hex): what a download is checked against. */
  sha256: string;
  size: number;
  mediaType: string;
  /** The address of the stored (encrypted) bytes: the SHA-256 of what the blob store holds (hex). */
  blobAddress: string;
  /** The version of the patient's data key the bytes are encrypted under. */
  keyVersion: number;
}

/** An imaging study kept where it was made, referenced instead of copied. */
export interface DicomStudyReference {
  /** The archive (PACS) that holds the study, as the hospitals name it, e.g. its AE title or DICOMweb base URL. */
  archive: string;
}

/**
 * What attaching one piece of case material records. Exactly one of `file` (with `fileName`) and
 * `dicomStudy` (with `studyInstanceUid`) is present. `fileName`, `studyInstanceUid` and
 * `description` may identify the patient: they are stored encrypted under the patient's data key.
 */
export interface MaterialAttachedData {
  materialId: string;
  file?: AttachedFile;
  fileName?: string;
  dicomStudy?: DicomStudyReference;
  studyInstanceUid?: string;
  description?: string;
  attachedBy: string;
  attachedAt: string;
}

export type ConsultationMaterialAttached = DomainEvent<'ConsultationMaterialAttached', { consultationId: string } & MaterialAttachedData>;
export type CaseReviewMaterialAttached = DomainEvent<'CaseReviewMaterialAttached', { caseReviewId: string } & MaterialAttachedData>;

export type CaseMaterialEvent = ConsultationMaterialAttached | CaseReviewMaterialAttached;

export const CASE_MATERIAL_EVENT_TYPES: readonly CaseMaterialEvent['type'][] = ['ConsultationMaterialAttached', 'CaseReviewMaterialAttached'];

/** The kind of case a material belongs to, as the API and the read model name it. */
export type MaterialCaseKind = 'consultation' | 'case-review';
