import { consultationId, requestedWith } from '@telemed/domain/consultation/consultation.fixtures.testing';
import type { DomainEvent } from '@telemed/domain/core';
import { openProjectionTestbed, RecordedHistory, type ProjectionTestbed } from '../projection.testing';
import { caseMaterialsProjection } from './case-materials.projection';
import { caseMaterialSummaries } from './case-materials.query';

const labReport: DomainEvent = {
  type: 'ConsultationMaterialAttached',
  data: {
    consultationId,
    materialId: 'material-lab',
    file: { sha256: 'a'.repeat(64), size: 1834, mediaType: 'text/plain', blobAddress: 'b'.repeat(64), keyVersion: 1 },
    fileName: 'cbc-report.txt',
    description: 'blood count of Mr Li',
    attachedBy: 'user-dr-aziz',
    attachedAt: '2025-03-10T01:10:00.000Z',
  },
};

const ctStudy: DomainEvent = {
  type: 'ConsultationMaterialAttached',
  data: {
    consultationId,
    materialId: 'material-ct',
    dicomStudy: { archive: 'PACS-KASHGAR' },
    studyInstanceUid: '1.2.156.112605.1.2.3',
    attachedBy: 'user-dr-aziz',
    attachedAt: '2025-03-10T01:05:00.000Z',
  },
};

const reviewScan: DomainEvent = {
  type: 'CaseReviewMaterialAttached',
  data: {
    caseReviewId: consultationId,
    materialId: 'material-review',
    file: { sha256: 'c'.repeat(64), size: 52_000, mediaType: 'application/pdf', blobAddress: 'd'.repeat(64), keyVersion: 2 },
    fileName: 'pathology.pdf',
    attachedBy: 'user-dr-aziz',
    attachedAt: '2025-03-10T02:00:00.000Z',
  },
};

describe('the case materials read model', () => {
  let testbed: ProjectionTestbed;

  beforeEach(async () => {
    testbed = await openProjectionTestbed([caseMaterialsProjection]);
  });
  afterEach(() => testbed.close());

  it("lists a case's files and study references in the order attached, with nothing that names the patient", async () => {
    const history = new RecordedHistory();
    history.record(`consultation-${consultationId}`, [requestedWith(), labReport, ctStudy]);
    await testbed.apply(history.all);

    expect(await caseMaterialSummaries(testbed.readModels, 'consultation', consultationId)).toEqual([
      { id: 'material-ct', kind: 'dicom-study', archive: 'PACS-KASHGAR', attachedBy: 'user-dr-aziz', attachedAt: '2025-03-10T01:05:00.000Z' },
      { id: 'material-lab', kind: 'file', mediaType: 'text/plain', size: 1834, sha256: 'a'.repeat(64), attachedBy: 'user-dr-aziz', attachedAt: '2025-03-10T01:10:00.000Z' },
    ]);
    const stored = JSON.stringify(await testbed.readModels.all('SELECT * FROM case_materials'));
    expect(stored).not.toContain('cbc-report.txt');
    expect(stored).not.toContain('Mr Li');
    expect(stored).not.toContain('1.2.156.112605.1.2.3');
  });

  it("keeps a case review's materials apart from a consultation's, even under the same id", async () => {
    const history = new RecordedHistory();
    history.record(`consultation-${consultationId}`, [labReport]);
    history.record(`case-review-${consultationId}`, [reviewScan]);
    await testbed.apply(history.all);

    expect((await caseMaterialSummaries(testbed.readModels, 'case-review', consultationId)).map((material) => material.id)).toEqual(['material-review']);
    expect((await caseMaterialSummaries(testbed.readModels, 'consultation', consultationId)).map((material) => material.id)).toEqual(['material-lab']);
  });

  it('lists each material once when its event is delivered again', async () => {
    const history = new RecordedHistory();
    history.record(`consultation-${consultationId}`, [labReport]);
    await testbed.apply(history.all);
    await testbed.apply(history.all);

    expect(await caseMaterialSummaries(testbed.readModels, 'consultation', consultationId)).toHaveLength(1);
  });
});
