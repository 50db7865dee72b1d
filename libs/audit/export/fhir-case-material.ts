import { FHIR_SYSTEMS, type FhirReference } from './fhir-bundle';
import { patientOf, serviceRequestReference, type FhirConsultationInput, type FhirResource } from './fhir-consultation';

/**
 * A material attached to a consultation, as the case-materials read model lists it: a file (its
 * type, size and SHA-256) or a DICOM study reference (its archive). The study's UID is read from
 * the log, and only for those who see patient details: it may single the patient out.
 */
export interface FhirCaseMaterialInput {
  id: string;
  kind: 'file' | 'dicom-study';
  mediaType?: string;
  size?: number;
  sha256?: string;
  archive?: string;
  studyInstanceUid?: string;
  attachedBy: string;
  attachedAt: string;
}

/** Attachment.hash is SHA-1 in R4; the SHA-256 the backbone records (hex, as its API answers it) goes in this extension. */
export const ATTACHMENT_SHA256_EXTENSION = 'urn:telemed-backbone:fhir:attachment-sha256';
/** DICOM UIDs as FHIR identifiers: the system DICOM assigns, the value an OID. */
const DICOM_UID_SYSTEM = 'urn:dicom:uid';
/** RFC 3986 URIs as identifiers: a named-information URI (RFC 6920) names the file by its content. */
const URI_SYSTEM = 'urn:ietf:rfc:3986';
const DICOM_ARCHIVE_SYSTEM = 'urn:telemed-backbone:dicom-archive';
const OID = /^[0-2](\.(0|[1-9][0-9]*))+$/;

const practitioner = (userId: string): FhirReference => ({ type: 'Practitioner', identifier: { system: FHIR_SYSTEMS.user, value: userId } });
const organization = (hospitalId: string): FhirReference => ({ type: 'Organization', identifier: { system: FHIR_SYSTEMS.hospital, value: hospitalId } });

/** Where a consultation's material is downloaded (scope checked, hash verified, the access recorded). */
export const materialDownloadUrl = (apiBaseUrl: string, consultationId: string, materialId: string) =>
  `${apiBaseUrl}/v1/consultations/${consultationId}/materials/${materialId}`;

/** The named-information URI of a SHA-256 digest (RFC 6920): `ni:///sha-256;<base64url>`. */
export const sha256NiUri = (sha256Hex: string) => `ni:///sha-256;${Buffer.from(sha256Hex, 'hex').toString('base64url')}`;

/** A file attached to the consultation: a DocumentReference whose attachment is downloaded from the API. */
function documentReference(input: FhirConsultationInput, material: FhirCaseMaterialInput, apiBaseUrl: string): FhirResource {
  return {
    resourceType: 'DocumentReference',
    id: material.id,
    meta: { lastUpdated: material.attachedAt },
    ...(material.sha256 && { masterIdentifier: { system: URI_SYSTEM, value: sha256NiUri(material.sha256) } }),
    identifier: [{ system: 'urn:telemed-backbone:case-material', value: material.id }],
    status: 'current',
    category: [{ text: 'remote consultation material' }],
    subject: patientOf(input),
    date: material.attachedAt,
    author: [practitioner(material.attachedBy)],
    custodian: organization(input.requestingHospitalId),
    content: [
      {
        attachment: {
          ...(material.sha256 && { extension: [{ url: ATTACHMENT_SHA256_EXTENSION, valueString: material.sha256 }] }),
          ...(material.mediaType && { contentType: material.mediaType }),
          url: materialDownloadUrl(apiBaseUrl, input.id, material.id),
          ...(material.size !== undefined && { size: material.size }),
          creation: material.attachedAt,
        },
      },
    ],
    context: { related: [serviceRequestReference(input.id)] },
  };
}

/** An imaging study left in its archive and referenced by its Study Instance UID: an ImagingStudy with the archive as its endpoint. */
function imagingStudy(input: FhirConsultationInput, material: FhirCaseMaterialInput): FhirResource {
  const uid = material.studyInstanceUid;
  return {
    resourceType: 'ImagingStudy',
    id: material.id,
    meta: { lastUpdated: material.attachedAt },
    // Without the UID (hidden from coordinators, or erased with the patient's data) the study is named by the material only.
    identifier: [
      ...(uid && OID.test(uid) ? [{ system: DICOM_UID_SYSTEM, value: `urn:oid:${uid}` }] : []),
      { system: 'urn:telemed-backbone:case-material', value: material.id },
    ],
    status: 'available',
    subject: patientOf(input),
    basedOn: [serviceRequestReference(input.id)],
    ...(material.archive && { endpoint: [{ type: 'Endpoint', identifier: { system: DICOM_ARCHIVE_SYSTEM, value: material.archive }, display: material.archive }] }),
  };
}

/** One material of a consultation as FHIR R4: a DocumentReference for a file, an ImagingStudy for a DICOM study reference. */
export function caseMaterialAsFhirResource(input: FhirConsultationInput, material: FhirCaseMaterialInput, apiBaseUrl: string): FhirResource {
  return material.kind === 'file' ? documentReference(input, material, apiBaseUrl) : imagingStudy(input, material);
}
