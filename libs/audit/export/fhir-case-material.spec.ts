import { createHash } from 'node:crypto';
import { ATTACHMENT_SHA256_EXTENSION, caseMaterialAsFhirResource, sha256NiUri, type FhirCaseMaterialInput } from './fhir-case-material';
import { consultationAsFhirResources, patientSystemOf, type FhirConsultationInput } from './fhir-consultation';

const consultation: FhirConsultationInput = {
  id: '7d1c0c7e-3f55-4f4e-9a0b-2b8f6f1f0a11',
  status: 'accepted',
  requestingHospitalId: 'hospital-kashgar',
  givingHospitalId: 'hospital-shanghai',
  expertId: 'expert-wang',
  specialty: 'cardiology',
  urgency: 'routine',
  purpose: 'second opinion before referral',
  patient: { reference: 'MRN-778812' },
  consent: { medical: true, dataSharing: true },
  requestedBy: 'dr-li',
  requestedAt: '2026-03-02T01:00:00.000Z',
  acceptedAt: '2026-03-02T02:00:00.000Z',
  declinedAt: null,
  slot: null,
  startedAt: null,
  completedAt: null,
  signedBy: null,
  cancelledAt: null,
  updatedAt: '2026-03-02T02:00:00.000Z',
};

const ecg = Buffer.from('12-lead ECG, sinus rhythm');
const sha256 = createHash('sha256').update(ecg).digest('hex');
const file: FhirCaseMaterialInput = {
  id: 'a3b0c2d4-1111-4aaa-8bbb-000000000001',
  kind: 'file',
  mediaType: 'application/pdf',
  size: ecg.length,
  sha256,
  attachedBy: 'dr-li',
  attachedAt: '2026-03-02T01:05:00.000Z',
};
const study: FhirCaseMaterialInput = {
  id: 'a3b0c2d4-1111-4aaa-8bbb-000000000002',
  kind: 'dicom-study',
  archive: 'KS2-PACS',
  studyInstanceUid: '1.2.156.112605.14038.1.20260301',
  attachedBy: 'dr-li',
  attachedAt: '2026-03-02T01:06:00.000Z',
};
const API = 'https://backbone.example.org';

describe("a consultation's materials as FHIR R4", () => {
  it('a file is a DocumentReference: its type, size and download URL in the attachment, its SHA-256 beside it, the request it supports', () => {
    const document = caseMaterialAsFhirResource(consultation, file, API) as Record<string, any>;
    expect(document).toMatchObject({
      resourceType: 'DocumentReference',
      id: file.id,
      status: 'current',
      subject: { type: 'Patient', identifier: { system: patientSystemOf('hospital-kashgar'), value: 'MRN-778812' } },
      date: file.attachedAt,
      context: { related: [{ reference: `ServiceRequest/${consultation.id}`, type: 'ServiceRequest' }] },
    });
    expect(document.content).toEqual([
      {
        attachment: {
          extension: [{ url: ATTACHMENT_SHA256_EXTENSION, valueString: sha256 }],
          contentType: 'application/pdf',
          url: `${API}/v1/consultations/${consultation.id}/materials/${file.id}`,
          size: ecg.length,
          creation: file.attachedAt,
        },
      },
    ]);
    // R4's Attachment.hash is SHA-1: never filled with another digest.
    expect(document.content[0].attachment.hash).toBeUndefined();
    expect(document.masterIdentifier).toEqual({ system: 'urn:ietf:rfc:3986', value: sha256NiUri(sha256) });
  });

  it('names the file by the named-information URI of its SHA-256 (RFC 6920)', () => {
    expect(sha256NiUri(createHash('sha256').update('Hello World!').digest('hex'))).toBe('ni:///sha-256;f4OxZX_x_FO5LcGBSKHWXfwtSx-j1ncoSt3SABJtkGk');
  });

  it('a DICOM study reference is an ImagingStudy named by its Study Instance UID, its archive the endpoint', () => {
    const imaging = caseMaterialAsFhirResource(consultation, study, API) as Record<string, any>;
    expect(imaging).toMatchObject({
      resourceType: 'ImagingStudy',
      id: study.id,
      status: 'available',
      basedOn: [{ reference: `ServiceRequest/${consultation.id}`, type: 'ServiceRequest' }],
      endpoint: [{ type: 'Endpoint', identifier: { system: 'urn:telemed-backbone:dicom-archive', value: 'KS2-PACS' }, display: 'KS2-PACS' }],
    });
    expect(imaging.identifier[0]).toEqual({ system: 'urn:dicom:uid', value: 'urn:oid:1.2.156.112605.14038.1.20260301' });
  });

  it('a study whose UID is hidden from the caller, or was erased with the patient\'s data, is named by the material alone', () => {
    const { studyInstanceUid: _hidden, ...withoutUid } = study;
    for (const material of [withoutUid, { ...study, studyInstanceUid: '[erased]' }]) {
      const imaging = caseMaterialAsFhirResource({ ...consultation, patient: undefined }, material, API) as Record<string, any>;
      expect(imaging.identifier).toEqual([{ system: 'urn:telemed-backbone:case-material', value: study.id }]);
    }
    const masked = caseMaterialAsFhirResource({ ...consultation, patient: undefined }, file, API) as Record<string, any>;
    expect(masked.subject).toEqual({ extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'masked' }] });
  });

  it('the request lists its materials as supporting information, in the order attached', () => {
    const [serviceRequest] = consultationAsFhirResources({ ...consultation, materials: [file, study] }) as Array<Record<string, any>>;
    expect(serviceRequest.supportingInfo).toEqual([
      { reference: `DocumentReference/${file.id}`, type: 'DocumentReference' },
      { reference: `ImagingStudy/${study.id}`, type: 'ImagingStudy' },
    ]);
    expect((consultationAsFhirResources(consultation)[0] as Record<string, any>).supportingInfo).toBeUndefined();
  });
});
