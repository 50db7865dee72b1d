import { type Decider, IllegalTransition, InvalidValue } from '@telemed/domain/core';
import { evolve as evolveCaseReview, initialState as initialCaseReviewState, type CaseReviewEvent, type CaseReviewState } from '@telemed/domain/case-review/case-review.events';
import {
  evolveConsultation,
  initialConsultationState,
  type ConsultationEvent,
  type ConsultationState,
} from '@telemed/domain/consultation/consultation.events';
import type { AttachedFile, CaseReviewMaterialAttached, ConsultationMaterialAttached, MaterialAttachedData } from './case-material.events';

/** Longest file name kept, in characters. */
export const MAX_FILE_NAME_LENGTH = 255;
/** Longest description of a material, in characters. */
export const MAX_MATERIAL_DESCRIPTION_LENGTH = 2000;
/** Longest archive name of a DICOM study reference. */
export const MAX_ARCHIVE_LENGTH = 300;

/** A file already kept in the blob store: the application stores the bytes, the decider records the fact. */
export type AttachFile = {
  type: 'AttachFile';
  materialId: string;
  file: AttachedFile;
  fileName: string;
  description?: string;
  attachedBy: string;
  now: string;
};

/** An imaging study referenced by its Study Instance UID in the archive that holds it; no image is copied. */
export type ReferenceDicomStudy = {
  type: 'ReferenceDicomStudy';
  materialId: string;
  studyInstanceUid: string;
  archive: string;
  description?: string;
  attachedBy: string;
  now: string;
};

export type AttachMaterial = AttachFile | ReferenceDicomStudy;

const SHA256 = /^[0-9a-f]{64}$/;
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;
/** DICOM PS3.5 §9.1: digits and dots, components without leading zeros, at most 64 characters. */
const DICOM_UID = /^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))+$/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

function optionalText(field: string, value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '') throw new InvalidValue(field, 'must not be empty');
  if (text.length > max) throw new InvalidValue(field, 'must be at most {max} characters', 'invalid-value', { max });
  return text;
}

/** The name a file is kept under: the last segment of what the browser sent, never a path. */
export function materialFileName(raw: string): string {
  const name = raw.split(/[\\/]/).pop()!.trim();
  if (name === '' || name === '.' || name === '..') throw new InvalidValue('file', 'the file must have a name', 'material-file-name');
  if (CONTROL_CHARACTERS.test(name)) throw new InvalidValue('file', 'the file name must not contain control characters', 'material-file-name');
  if (name.length > MAX_FILE_NAME_LENGTH) {
    throw new InvalidValue('file', 'the file name must be at most {max} characters', 'material-file-name', { max: MAX_FILE_NAME_LENGTH });
  }
  return name;
}

function attached(command: AttachMaterial): MaterialAttachedData {
  const description = optionalText('description', command.description, MAX_MATERIAL_DESCRIPTION_LENGTH);
  const common = { materialId: command.materialId, ...(description !== undefined && { description }), attachedBy: command.attachedBy, attachedAt: command.now };
  if (command.type === 'ReferenceDicomStudy') {
    const uid = command.studyInstanceUid.trim();
    if (uid.length > 64 || !DICOM_UID.test(uid)) {
      throw new InvalidValue('dicom.studyInstanceUid', 'must be a DICOM UID: numbers separated by dots, at most 64 characters', 'invalid-dicom-uid');
    }
    const archive = optionalText('dicom.archive', command.archive, MAX_ARCHIVE_LENGTH);
    if (archive === undefined) throw new InvalidValue('dicom.archive', 'must not be empty');
    return { ...common, dicomStudy: { archive }, studyInstanceUid: uid };
  }
  const { file } = command;
  if (file.size <= 0) throw new InvalidValue('file', 'the file is empty', 'material-empty');
  if (!Number.isSafeInteger(file.size)) throw new InvalidValue('file', 'the file size is not a whole number of bytes');
  if (!SHA256.test(file.sha256) || !SHA256.test(file.blobAddress)) throw new InvalidValue('file', 'the file digest must be a SHA-256 in hex');
  if (!MEDIA_TYPE.test(file.mediaType)) throw new InvalidValue('file', 'the media type must be type/subtype');
  return { ...common, file: { ...file }, fileName: materialFileName(command.fileName) };
}

/** The states a case takes no more material in: it was closed or never opened. */
const CLOSED_CONSULTATION = ['declined', 'cancelled', 'completed'];
const CLOSED_CASE_REVIEW = ['concluded', 'cancelled'];

/** Refuses unless the consultation is still open: requested, accepted, scheduled or in progress. */
export function requireConsultationTakesMaterial(state: ConsultationState): Exclude<ConsultationState, { status: 'none' }> {
  if (state.status === 'none') throw new IllegalTransition('consultation', 'attach material to', 'not requested');
  if (CLOSED_CONSULTATION.includes(state.status)) throw new IllegalTransition('consultation', 'attach material to', state.status);
  return state;
}

/** Refuses unless the case review is still open: requested, scheduled or in progress. */
export function requireCaseReviewTakesMaterial(state: CaseReviewState): CaseReviewState {
  if (state.status === 'not-requested') throw new IllegalTransition('case review', 'attach material to', 'not requested');
  if (CLOSED_CASE_REVIEW.includes(state.status)) throw new IllegalTransition('case review', 'attach material to', state.status);
  return state;
}

export function attachToConsultation(command: AttachMaterial, state: ConsultationState): ConsultationMaterialAttached[] {
  const consultation = requireConsultationTakesMaterial(state);
  return [{ type: 'ConsultationMaterialAttached', data: { consultationId: consultation.consultationId, ...attached(command) } }];
}

export function attachToCaseReview(command: AttachMaterial, state: CaseReviewState): CaseReviewMaterialAttached[] {
  const caseReview = requireCaseReviewTakesMaterial(state);
  return [{ type: 'CaseReviewMaterialAttached', data: { caseReviewId: caseReview.caseReviewId, ...attached(command) } }];
}

/** Material attached to a consultation: decided on the consultation's own stream. */
export const consultationMaterialDecider: Decider<AttachMaterial, ConsultationEvent, ConsultationState> = {
  decide: attachToConsultation,
  evolve: evolveConsultation,
  initialState: initialConsultationState,
};

/** Material attached to a case review: decided on the case review's own stream. */
export const caseReviewMaterialDecider: Decider<AttachMaterial, CaseReviewEvent, CaseReviewState> = {
  decide: attachToCaseReview,
  evolve: evolveCaseReview,
  initialState: initialCaseReviewState,
};
