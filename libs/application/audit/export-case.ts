import { Inject } from '@nestjs/common';
import { Query, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { caseHistoryAsFhirBundle, exportCaseHistory, parseCaseKind, patientCaseKindOf, SealSigner, toNdjson, withDecryptedFields, withUpcastData } from '@telemed/audit';
import type { UpcasterRegistry } from '@telemed/event-store/upcasting';
import { PatientDataCipher } from '@telemed/event-store/encryption';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { EVENT_UPCASTERS, RAW_EVENT_STORE } from '../infrastructure/tokens';
import { ReadQueryDto } from '../reading/read-query.dto';
import { AccessRecorder } from './access-recorder';

export const EXPORT_FORMATS = ['ndjson', 'fhir'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const NDJSON_CONTENT_TYPE = 'application/x-ndjson';
export const FHIR_CONTENT_TYPE = 'application/fhir+json';

export class ExportCaseDto extends ReadQueryDto {
  @ApiPropertyOptional({
    enum: EXPORT_FORMATS,
    default: 'ndjson',
    description: 'ndjson: every event with its seal proof, verifiable offline; fhir: a FHIR R4 Bundle of AuditEvent and Provenance',
  })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

export class ExportCase extends Query<ExportedFile> {
  constructor(
    readonly kind: string,
    readonly id: string,
    readonly format: ExportFormat,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

export interface ExportedFile {
  contentType: string;
  fileName: string;
  body: string;
}

/**
 * The whole history of one case for an auditor to take away: as NDJSON with the signed seals that
 * cover it (checkable with the public key alone), or as FHIR AuditEvent and Provenance resources.
 * The NDJSON export carries the patient's details, so it is recorded in the access trail first.
 */
@QueryHandler(ExportCase)
export class ExportCaseHandler implements IQueryHandler<ExportCase> {
  constructor(
    // The log as stored: the proofs cover the ciphertext of patient data, which is exported as it is.
    @Inject(RAW_EVENT_STORE) private readonly store: EventStore,
    private readonly signer: SealSigner,
    private readonly cipher: PatientDataCipher,
    private readonly accessRecorder: AccessRecorder,
    @Inject(EVENT_UPCASTERS) private readonly upcasters: UpcasterRegistry,
  ) {}

  async execute({ kind: pathKind, id, format, metadata }: ExportCase): Promise<ExportedFile> {
    const kind = parseCaseKind(pathKind);
    const stored = await exportCaseHistory(this.store, {
      kind,
      id,
      publicKeyPem: this.signer.publicKeyPem(),
      keyId: this.signer.keyId,
      // An export is a fact about the system, stamped with the wall clock like the seals.
      exportedAt: new Date().toISOString(),
    });
    const records = format === 'ndjson' ? withUpcastData(await withDecryptedFields(stored, (envelope) => this.cipher.revealFields(envelope)), this.upcasters) : stored;
    const patientKind = patientCaseKindOf(kind);
    if (format === 'ndjson' && patientKind) {
      await this.accessRecorder.recordOrRefuse(metadata, [{ action: 'export', kind: patientKind, caseId: id, outcome: 'allowed' }]);
    }
    const baseName = `${kind}-${id}`.replace(/[^A-Za-z0-9._-]/g, '_');
    return format === 'fhir'
      ? { contentType: FHIR_CONTENT_TYPE, fileName: `${baseName}.fhir.json`, body: JSON.stringify(caseHistoryAsFhirBundle(records)) }
      : { contentType: NDJSON_CONTENT_TYPE, fileName: `${baseName}.ndjson`, body: toNdjson(records) };
  }
}
