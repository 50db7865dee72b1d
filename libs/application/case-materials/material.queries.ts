import { Inject, Logger } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError, NotFound } from '@telemed/domain/core';
import type { MaterialCaseKind } from '@telemed/domain/case-material';
import type { AuthenticatedUser } from '@telemed/auth';
import { type BlobStore, PatientFileCipher, PatientFileUnreadable, sha256Of } from '@telemed/event-store/blobs';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { AccessRecorder } from '../audit/access-recorder';
import { seesPatientDetails } from '../audit/audit-envelope';
import { HttpProblem, problem } from '../requests/problem-details';
import { EVENT_STORE } from '../infrastructure/tokens';
import { MATERIAL_BLOBS } from './case-materials.tokens';
import { caseNotFound, MATERIAL_CASES, readMaterialCase, type RecordedMaterial } from './material-case';

/** One material as the API lists it. */
export interface MaterialView {
  id: string;
  kind: 'file' | 'dicom-study';
  fileName?: string;
  mediaType?: string;
  size?: number;
  sha256?: string;
  dicom?: { studyInstanceUid: string; archive: string };
  description?: string;
  attachedBy: string;
  attachedAt: string;
}

function viewOf({ data }: RecordedMaterial): MaterialView {
  const common = { id: data.materialId, ...(data.description !== undefined && { description: data.description }), attachedBy: data.attachedBy, attachedAt: data.attachedAt };
  if (data.dicomStudy) return { ...common, kind: 'dicom-study', dicom: { studyInstanceUid: data.studyInstanceUid ?? '', archive: data.dicomStudy.archive } };
  const file = data.file!;
  return { ...common, kind: 'file', fileName: data.fileName, mediaType: file.mediaType, size: file.size, sha256: file.sha256 };
}

export class ListMaterials {
  constructor(
    readonly caseKind: MaterialCaseKind,
    readonly caseId: string,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {}
}

export class DownloadMaterial {
  constructor(
    readonly caseKind: MaterialCaseKind,
    readonly caseId: string,
    readonly materialId: string,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {}
}

export interface MaterialDownload {
  content: Buffer;
  fileName: string;
  mediaType: string;
  sha256: string;
}

class MaterialIsReference extends DomainError {
  constructor(archive: string) {
    super('conflict', 'material-is-a-study-reference', `this material references an imaging study kept in ${archive}; it has no file to download`, [], { archive });
  }
}

/** Reads of a case's materials, from the case's own stream: scope checked there, each read written to the access trail. */
abstract class MaterialReads {
  constructor(
    protected readonly store: EventStore,
    protected readonly accessRecorder: AccessRecorder,
  ) {}

  /** The case's materials, if the caller may see the case; a case they may not see is unknown to them, and the refusal is recorded. */
  protected async visibleMaterials(kind: MaterialCaseKind, id: string, user: AuthenticatedUser, metadata: EventMetadata, materialId?: string) {
    const history = await readMaterialCase(this.store, kind, id, user);
    if (!history.visible) {
      if (history.exists && seesPatientDetails(user)) {
        await this.accessRecorder.recordOrRefuse(metadata, [
          { action: materialId ? 'download' : 'view', kind: MATERIAL_CASES[kind].trailKind, caseId: id, ...(materialId && { materialId }), outcome: 'denied' },
        ]);
      }
      throw caseNotFound(kind, id);
    }
    return history.materials;
  }
}

@QueryHandler(ListMaterials)
export class ListMaterialsHandler extends MaterialReads implements IQueryHandler<ListMaterials> {
  constructor(@Inject(EVENT_STORE) store: EventStore, accessRecorder: AccessRecorder) {
    super(store, accessRecorder);
  }

  async execute({ caseKind, caseId, user, metadata }: ListMaterials): Promise<{ items: MaterialView[] }> {
    const materials = await this.visibleMaterials(caseKind, caseId, user, metadata);
    // File names and descriptions are patient details.
    await this.accessRecorder.recordOrRefuse(metadata, [{ action: 'view', kind: MATERIAL_CASES[caseKind].trailKind, caseId, outcome: 'allowed' }]);
    return { items: materials.map(viewOf) };
  }
}

/**
 * A material's file, decrypted and checked before a byte of it is sent: the stored bytes must hash
 * to the address the event recorded, decrypt under the patient's key, and hash to the recorded
 * SHA-256. A file that fails any check is refused (and logged) as altered; a file whose patient's
 * data was erased is gone for good (410).
 */
@QueryHandler(DownloadMaterial)
export class DownloadMaterialHandler extends MaterialReads implements IQueryHandler<DownloadMaterial> {
  private readonly logger = new Logger('CaseMaterials');

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    accessRecorder: AccessRecorder,
    @Inject(MATERIAL_BLOBS) private readonly blobs: BlobStore,
    private readonly files: PatientFileCipher,
  ) {
    super(store, accessRecorder);
  }

  async execute({ caseKind, caseId, materialId, user, metadata }: DownloadMaterial): Promise<MaterialDownload> {
    const materials = await this.visibleMaterials(caseKind, caseId, user, metadata, materialId);
    const material = materials.find((candidate) => candidate.data.materialId === materialId);
    if (!material) throw new NotFound('material', materialId);
    const { data, keyId } = material;
    if (!data.file) throw new MaterialIsReference(data.dicomStudy?.archive ?? '');
    const { file } = data;
    const sealed = await this.blobs.get(file.blobAddress);
    if (!sealed) throw this.altered(caseKind, caseId, materialId, 'its stored bytes are missing');
    if (sha256Of(sealed) !== file.blobAddress) throw this.altered(caseKind, caseId, materialId, 'its stored bytes do not hash to their recorded address');
    let content: Buffer | undefined;
    try {
      content = keyId ? await this.files.open(keyId, file.keyVersion, sealed, file.sha256) : undefined;
    } catch (error) {
      if (error instanceof PatientFileUnreadable) throw this.altered(caseKind, caseId, materialId, error.message);
      throw error;
    }
    if (!content) {
      throw new HttpProblem(problem(410, 'material-erased', "the patient's data has been erased: this file can no longer be read"));
    }
    await this.accessRecorder.recordOrRefuse(metadata, [
      { action: 'download', kind: MATERIAL_CASES[caseKind].trailKind, caseId, materialId, outcome: 'allowed' },
    ]);
    return { content, fileName: data.fileName ?? 'material', mediaType: file.mediaType, sha256: file.sha256 };
  }

  private altered(kind: MaterialCaseKind, caseId: string, materialId: string, reason: string): HttpProblem {
    this.logger.error({ kind, caseId, materialId, reason }, 'a stored case material failed its integrity check and was not served');
    return new HttpProblem(
      problem(500, 'material-integrity-failure', 'the stored file does not match the SHA-256 recorded when it was attached: it was altered or lost, and is not served'),
    );
  }
}
