import { IllegalTransition, InvalidValue } from '@telemed/domain/core';
import { specFor } from '@telemed/domain/core/decider-spec.testing';
import type { CaseReviewEvent } from '@telemed/domain/case-review';
import type { ConsultationEvent } from '@telemed/domain/consultation';
import { caseReviewMaterialDecider, consultationMaterialDecider, materialFileName, type AttachFile, type ReferenceDicomStudy } from '.';

const consultation = specFor(consultationMaterialDecider);
const caseReview = specFor(caseReviewMaterialDecider);
const now = '2026-03-02T01:00:00.000Z';
const digest = 'a'.repeat(64);
const address = 'b'.repeat(64);

const requested: ConsultationEvent = {
  type: 'ConsultationRequested',
  data: {
    consultationId: 'c-1',
    partnershipId: 'p-1',
    pairingId: 'pair-1',
    requestingHospitalId: 'h-kashgar',
    givingHospitalId: 'h-ruijin',
    specialty: 'cardiology',
    urgency: 'routine',
    purpose: 'second opinion',
    caseSummary: 'Male, 58',
    patient: { reference: 'KS2-1' },
    consent: { medical: true, dataSharing: true },
    requestedBy: 'dr-aziz',
    requestedAt: now,
  },
};
const cancelled: ConsultationEvent = {
  type: 'ConsultationCancelled',
  data: { consultationId: 'c-1', reason: 'transferred', previousStatus: 'requested', cancelledBy: 'dr-aziz', cancelledAt: now },
};
const signed: ConsultationEvent = {
  type: 'ConsultationOpinionSigned',
  data: { consultationId: 'c-1', expertId: 'e-zhang', opinion: 'ok', signedBy: 'e-zhang', signedAt: now },
};
const reviewRequested: CaseReviewEvent = {
  type: 'CaseReviewRequested',
  data: {
    caseReviewId: 'r-1',
    partnershipId: 'p-1',
    requestingHospitalId: 'h-kashgar',
    givingHospitalId: 'h-ruijin',
    specialties: ['cardiology'],
    purpose: 'panel',
    caseSummary: 'Female, 67',
    patient: { reference: 'KS2-2' },
    consent: { medical: true, dataSharing: true },
    requestedBy: 'dr-aziz',
    requestedAt: now,
  },
} as CaseReviewEvent;
const concluded: CaseReviewEvent = { type: 'CaseReviewConcluded', data: { caseReviewId: 'r-1', conclusion: 'resect', concludedBy: 'e-zhang', concludedAt: now } };

const attachFile = (overrides: Partial<AttachFile> = {}): AttachFile => ({
  type: 'AttachFile',
  materialId: 'm-1',
  file: { sha256: digest, size: 2048, mediaType: 'application/pdf', blobAddress: address, keyVersion: 1 },
  fileName: 'ECG 2026-03-01.pdf',
  attachedBy: 'dr-aziz',
  now,
  ...overrides,
});
const referenceStudy = (overrides: Partial<ReferenceDicomStudy> = {}): ReferenceDicomStudy => ({
  type: 'ReferenceDicomStudy',
  materialId: 'm-2',
  studyInstanceUid: '1.2.840.113619.2.55.3.604688119.969.1268071029.320',
  archive: 'KS2-PACS',
  attachedBy: 'dr-aziz',
  now,
  ...overrides,
});

describe('attaching material to a consultation', () => {
  it('records the file with its digest, size, type, where its encrypted bytes are, and who attached it', () => {
    consultation([requested])
      .when(attachFile({ description: ' 12-lead ECG ' }))
      .then([
        {
          type: 'ConsultationMaterialAttached',
          data: {
            consultationId: 'c-1',
            materialId: 'm-1',
            file: { sha256: digest, size: 2048, mediaType: 'application/pdf', blobAddress: address, keyVersion: 1 },
            fileName: 'ECG 2026-03-01.pdf',
            description: '12-lead ECG',
            attachedBy: 'dr-aziz',
            attachedAt: now,
          },
        },
      ]);
  });

  it('records an imaging study by its UID and archive, without a file', () => {
    consultation([requested])
      .when(referenceStudy())
      .then([
        {
          type: 'ConsultationMaterialAttached',
          data: {
            consultationId: 'c-1',
            materialId: 'm-2',
            dicomStudy: { archive: 'KS2-PACS' },
            studyInstanceUid: '1.2.840.113619.2.55.3.604688119.969.1268071029.320',
            attachedBy: 'dr-aziz',
            attachedAt: now,
          },
        },
      ]);
  });

  it('keeps only the last segment of a file name sent with a path', () => {
    expect(materialFileName('C:\\\\Users\\\\aziz\\\\ecg.pdf')).toBe('ecg.pdf');
    expect(materialFileName('../../etc/passwd')).toBe('passwd');
  });

  it('refuses a consultation that was never requested, or is cancelled or completed', () => {
    consultation([]).when(attachFile()).thenFails(IllegalTransition, 'illegal-transition');
    consultation([requested, cancelled]).when(attachFile()).thenFails(IllegalTransition, 'illegal-transition');
    consultation([requested, signed]).when(referenceStudy()).thenFails(IllegalTransition, 'illegal-transition');
  });

  it('refuses an empty file, a malformed digest or type, and a file name that is no name', () => {
    consultation([requested]).when(attachFile({ file: { sha256: digest, size: 0, mediaType: 'application/pdf', blobAddress: address, keyVersion: 1 } })).thenFails(InvalidValue, 'material-empty');
    consultation([requested]).when(attachFile({ file: { sha256: 'xyz', size: 5, mediaType: 'application/pdf', blobAddress: address, keyVersion: 1 } })).thenFails(InvalidValue);
    consultation([requested]).when(attachFile({ file: { sha256: digest, size: 5, mediaType: 'pdf', blobAddress: address, keyVersion: 1 } })).thenFails(InvalidValue);
    consultation([requested]).when(attachFile({ fileName: '..' })).thenFails(InvalidValue, 'material-file-name');
    consultation([requested]).when(attachFile({ fileName: 'a\u0007b.pdf' })).thenFails(InvalidValue, 'material-file-name');
    consultation([requested]).when(attachFile({ fileName: `${'x'.repeat(300)}.pdf` })).thenFails(InvalidValue, 'material-file-name');
    consultation([requested]).when(attachFile({ description: '   ' })).thenFails(InvalidValue);
  });

  it('refuses a study UID that is not a DICOM UID, and a study without its archive', () => {
    for (const uid of ['1.02.3', 'abc', '1..2', '1', `1.${'2'.repeat(64)}`]) {
      consultation([requested]).when(referenceStudy({ studyInstanceUid: uid })).thenFails(InvalidValue, 'invalid-dicom-uid');
    }
    consultation([requested]).when(referenceStudy({ archive: ' ' })).thenFails(InvalidValue);
  });
});

describe('attaching material to a case review', () => {
  it('records it on the case review while it is open', () => {
    const [event] = caseReviewMaterialDecider.decide(attachFile(), [reviewRequested].reduce(caseReviewMaterialDecider.evolve, caseReviewMaterialDecider.initialState()));
    expect(event).toEqual(expect.objectContaining({ type: 'CaseReviewMaterialAttached', data: expect.objectContaining({ caseReviewId: 'r-1', materialId: 'm-1' }) }));
  });

  it('refuses one never requested, or already concluded', () => {
    caseReview([]).when(attachFile()).thenFails(IllegalTransition, 'illegal-transition');
    caseReview([reviewRequested, concluded]).when(attachFile()).thenFails(IllegalTransition, 'illegal-transition');
  });

  it('does not change the state of the case it is attached to', () => {
    const before = [reviewRequested].reduce(caseReviewMaterialDecider.evolve, caseReviewMaterialDecider.initialState());
    const events = caseReviewMaterialDecider.decide(attachFile(), before);
    expect(events.reduce(caseReviewMaterialDecider.evolve, before)).toEqual(before);
  });
});
