import { IsNested } from '../requests/dto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { DomainError } from '@telemed/domain/core';
import {
  attachToCaseReview,
  attachToConsultation,
  MAX_ARCHIVE_LENGTH,
  MAX_MATERIAL_DESCRIPTION_LENGTH,
  requireCaseReviewTakesMaterial,
  requireConsultationTakesMaterial,
  type AttachMaterial as AttachMaterialCommand,
  type MaterialCaseKind,
} from '@telemed/domain/case-material';
import type { AuthenticatedUser } from '@telemed/auth';
import { type BlobStore, PatientFileCipher, sha256Of } from '@telemed/event-store/blobs';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import type { UnitOfWork } from '../commands/unit-of-work';
import { CommandExecutor, CommandResponse } from '../commands/command-executor';
import { Clock, EVENT_STORE, IdGenerator } from '../infrastructure/tokens';
import { loadVisibleCaseReview, requireCaseReviewScope } from '../case-reviews/case-review-access';
import { loadVisibleConsultation, requireConsultationScope } from '../consultations/consultation-access';
import { MATERIAL_BLOBS } from './case-materials.tokens';
import { patientKeyIdOfCase } from './material-case';

export class DicomStudyDto {
  @ApiProperty({ example: '1.2.840.113619.2.55.3.604688119.969.1268071029.320', description: 'the DICOM Study Instance UID (0020,000D)' })
  @IsString()
  @MaxLength(64)
  studyInstanceUid!: string;

  @ApiProperty({ example: 'KS2-PACS', description: 'the archive (PACS) that holds the study: its AE title or DICOMweb base URL' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_ARCHIVE_LENGTH)
  archive!: string;
}

/** An imaging study referenced where it is kept, instead of an uploaded file. */
export class ReferenceDicomStudyDto {
  @IsNested(DicomStudyDto)
  dicom!: DicomStudyDto;

  @ApiPropertyOptional({ example: 'CT chest with contrast, 2026-02-27', maxLength: MAX_MATERIAL_DESCRIPTION_LENGTH })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_MATERIAL_DESCRIPTION_LENGTH)
  description?: string;
}

/** An uploaded file, read whole within the size limit. */
export interface UploadedMaterialFile {
  content: Buffer;
  fileName: string;
  mediaType: string;
}

export type MaterialToAttach =
  | { kind: 'file'; file: UploadedMaterialFile; description?: string }
  | { kind: 'dicom-study'; studyInstanceUid: string; archive: string; description?: string };

export class AttachMaterial extends Command<AttachedMaterialResponse> {
  constructor(
    readonly caseKind: MaterialCaseKind,
    readonly caseId: string,
    readonly material: MaterialToAttach,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

export interface AttachedMaterialResponse extends CommandResponse {
  sha256?: string;
  size?: number;
  mediaType?: string;
}

/** The file sealed under the patient's key and stored; kept across the retries of one command. */
interface StoredFile {
  keyId: string;
  keyVersion: number;
  blobAddress: string;
  sha256: string;
}

/** A case the patient key of which is unknown: its first event carried no encrypted patient. */
class CaseWithoutPatientKey extends DomainError {
  constructor() {
    super('conflict', 'case-without-patient-key', 'this case names no patient whose key could encrypt the file');
  }
}

/**
 * Attaches a file or a DICOM study reference to a consultation or case review. A file is sealed
 * under the patient's data key and stored before its event is appended; if the event is refused,
 * the stored bytes are removed again, so no refused attachment leaves anything behind.
 */
@CommandHandler(AttachMaterial)
export class AttachMaterialHandler implements ICommandHandler<AttachMaterial, AttachedMaterialResponse> {
  private readonly files: PatientFileCipher;

  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(MATERIAL_BLOBS) private readonly blobs: BlobStore,
    files: PatientFileCipher,
  ) {
    this.files = files;
  }

  async execute({ caseKind, caseId, material, user, metadata }: AttachMaterial): Promise<AttachedMaterialResponse> {
    const materialId = this.ids.next();
    const stored: StoredFile[] = [];
    const storeFile = async (file: UploadedMaterialFile): Promise<StoredFile> => {
      const keyId = await patientKeyIdOfCase(this.store, caseKind, caseId);
      if (!keyId) throw new CaseWithoutPatientKey();
      const existing = stored.find((candidate) => candidate.keyId === keyId);
      if (existing) return existing;
      const sha256 = sha256Of(file.content);
      const { keyVersion, sealed } = await this.files.seal(keyId, file.content, sha256);
      const entry = { keyId, keyVersion, sha256, blobAddress: await this.blobs.put(sealed) };
      stored.push(entry);
      return entry;
    };
    try {
      const response = await this.executor.runFor(materialId, metadata, async (unitOfWork) => {
        // The case is checked (it exists, the caller may attach to it, it is open) before a byte is stored.
        const decide = await this.caseDecision(unitOfWork, caseKind, caseId, user);
        const now = this.clock.now();
        if (material.kind === 'dicom-study') {
          decide({ type: 'ReferenceDicomStudy', materialId, studyInstanceUid: material.studyInstanceUid, archive: material.archive, description: material.description, attachedBy: user.userId, now });
          return;
        }
        const file = await storeFile(material.file);
        decide(
          {
            type: 'AttachFile',
            materialId,
            file: { sha256: file.sha256, size: material.file.content.length, mediaType: material.file.mediaType, blobAddress: file.blobAddress, keyVersion: file.keyVersion },
            fileName: material.file.fileName,
            description: material.description,
            attachedBy: user.userId,
            now,
          },
        );
      });
      if (material.kind === 'dicom-study') return response;
      return { ...response, sha256: stored[stored.length - 1].sha256, size: material.file.content.length, mediaType: material.file.mediaType };
    } catch (error) {
      await Promise.all(stored.map((entry) => this.blobs.delete(entry.blobAddress).catch(() => undefined)));
      throw error;
    }
  }

  /** Loads a case the caller may attach to and that is still open, and answers how to decide and record an attachment on it. */
  private async caseDecision(unitOfWork: UnitOfWork, kind: MaterialCaseKind, id: string, user: AuthenticatedUser) {
    if (kind === 'consultation') {
      const consultation = await loadVisibleConsultation(unitOfWork, id, user);
      requireConsultationScope('consultation.attach-material', user, consultation.state);
      requireConsultationTakesMaterial(consultation.state);
      return (command: AttachMaterialCommand) => unitOfWork.record(consultation, attachToConsultation(command, consultation.state));
    }
    const caseReview = await loadVisibleCaseReview(unitOfWork, id, user);
    requireCaseReviewScope('case-review.attach-material', user, caseReview.state);
    requireCaseReviewTakesMaterial(caseReview.state);
    return (command: AttachMaterialCommand) => unitOfWork.record(caseReview, attachToCaseReview(command, caseReview.state));
  }
}
