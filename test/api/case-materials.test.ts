import { createHash, randomBytes } from 'node:crypto';
import type { Response } from 'supertest';
import { consultationRequest, created, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { hourFrom, post, read } from '../support/consultation-steps';
import { expectProblem, withoutWriting } from '../support/problem';
import { materialBlobsOf } from '../support/material-blobs';
import { startTestApp, type TestApp } from '../support/test-app';

/** Small enough to exceed in a test: 64 KiB. */
const LIMIT = 64 * 1024;
const PATIENT = { reference: 'KS2-2026-000777', name: 'Aygul Tursun', sex: 'female', birthDate: '1958-11-02' };

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** A small PDF-looking file with random bytes, so no two uploads are alike. */
const pdf = (size = 4096) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);

describe('case materials: files and imaging study references attached to a case', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let consultationId: string;
  let blobs: ReturnType<typeof materialBlobsOf>;

  const upload = (token: string, path: string, file: Buffer, fileName: string, mediaType: string, description?: string) => {
    const request = t.http.post(path).set('Authorization', `Bearer ${token}`);
    if (description !== undefined) void request.field('description', description);
    return request.attach('file', file, { filename: fileName, contentType: mediaType });
  };
  const download = (token: string, path: string): Promise<Response> =>
    t.http
      .get(path)
      .set('Authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const materialsOf = (id: string) => `/v1/consultations/${id}/materials`;
  const accessTrail = async (caseId: string) =>
    (await read(t, network.tokens.auditor, `/v1/audit/access?caseId=${caseId}&limit=500`)).body.items as Array<Record<string, unknown>>;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-03-02T00:00:00Z', env: { MATERIALS_MAX_BYTES: String(LIMIT) } });
    network = await seedNetwork(t);
    blobs = materialBlobsOf(t);
    consultationId = (await created(t, network.tokens.clinician, '/v1/consultations', consultationRequest(network, { patient: PATIENT }))).id;
  });

  afterAll(() => t.close());

  it('a clinician attaches an ECG; it is listed, and downloads byte for byte with its digest, into the access trail', async () => {
    const ecg = pdf(20_000);
    const response = await upload(network.tokens.clinician, materialsOf(consultationId), ecg, '心电图 2026-03-01.pdf', 'application/pdf', '12-lead ECG at admission');
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ id: expect.any(String), position: expect.any(String), sha256: sha256(ecg), size: ecg.length, mediaType: 'application/pdf' });

    const list = await read(t, network.tokens.chiefExpert, materialsOf(consultationId));
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      {
        id: response.body.id,
        kind: 'file',
        fileName: '心电图 2026-03-01.pdf',
        mediaType: 'application/pdf',
        size: ecg.length,
        sha256: sha256(ecg),
        description: '12-lead ECG at admission',
        attachedBy: expect.any(String),
        attachedAt: '2026-03-02T00:00:00.000Z',
      },
    ]);

    const file = await download(network.tokens.chiefExpert, `${materialsOf(consultationId)}/${response.body.id}`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toMatch(/^application\/pdf/);
    expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('心电图 2026-03-01.pdf')}`);
    expect(file.headers['repr-digest']).toBe(`sha-256=:${createHash('sha256').update(ecg).digest('base64')}:`);
    expect(Buffer.compare(file.body as Buffer, ecg)).toBe(0);

    const trail = await accessTrail(consultationId);
    expect(trail).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'download', materialId: response.body.id, outcome: 'allowed', userId: network.chiefExpertId }),
        expect.objectContaining({ action: 'view', outcome: 'allowed', userId: network.chiefExpertId }),
      ]),
    );
  });

  it('keeps the file encrypted at rest: the stored bytes are not the file and do not contain it', async () => {
    const marker = Buffer.from(`LAB-REPORT-${randomBytes(8).toString('hex')}`);
    const report = Buffer.concat([marker, Buffer.alloc(2000, 0x20), marker]);
    const before = new Set(await blobs.addresses());
    expect((await upload(network.tokens.clinician, materialsOf(consultationId), report, 'lab.txt', 'text/plain')).status).toBe(201);
    const added = (await blobs.addresses()).filter((address) => !before.has(address));
    expect(added).toHaveLength(1);
    expect(added[0]).not.toBe(sha256(report));
  });

  it('an imaging study is referenced by its Study Instance UID and archive, and is not downloadable', async () => {
    const stored = await blobs.count();
    const response = await post(t, network.tokens.clinician, materialsOf(consultationId), {
      dicom: { studyInstanceUid: '1.2.840.113619.2.55.3.604688119.969.1268071029.320', archive: 'KS2-PACS' },
      description: 'CT chest with contrast',
    });
    expect(response.status).toBe(201);
    expect(await blobs.count()).toBe(stored);
    const list = await read(t, network.tokens.clinician, materialsOf(consultationId));
    expect(list.body.items).toContainEqual(
      expect.objectContaining({ id: response.body.id, kind: 'dicom-study', dicom: { studyInstanceUid: '1.2.840.113619.2.55.3.604688119.969.1268071029.320', archive: 'KS2-PACS' } }),
    );
    expectProblem(await read(t, network.tokens.clinician, `${materialsOf(consultationId)}/${response.body.id}`), 409, 'material-is-a-study-reference');
    await withoutWriting(t, async () => {
      expectProblem(await post(t, network.tokens.clinician, materialsOf(consultationId), { dicom: { studyInstanceUid: '1.02.3', archive: 'KS2-PACS' } }), 400, 'invalid-dicom-uid');
      expectProblem(await post(t, network.tokens.clinician, materialsOf(consultationId), { dicom: { studyInstanceUid: '1.2.3' } }), 400, 'invalid-request', ['dicom.archive']);
      expectProblem(await post(t, network.tokens.clinician, materialsOf(consultationId), { dicom: { studyInstanceUid: '1.2.3', archive: 'x' }, extra: 1 }), 400, 'invalid-request');
    });
  });

  it("the consultation's summary lists its materials without their names, and the counts show them attached", async () => {
    const listed = (await read(t, network.tokens.clinician, materialsOf(consultationId))).body.items as Array<Record<string, unknown>>;
    const head = (await post(t, network.tokens.clinician, materialsOf(consultationId), { dicom: { studyInstanceUid: '1.2.156.1.2', archive: 'KS2-PACS' } })).body.position;
    const consultation = (await read(t, network.tokens.coordinator, `/v1/consultations/${consultationId}`, head)).body;
    expect(consultation.materials).toHaveLength(listed.length + 1);
    for (const material of listed) {
      expect(consultation.materials).toContainEqual(
        material.kind === 'file'
          ? { id: material.id, kind: 'file', mediaType: material.mediaType, size: material.size, sha256: material.sha256, attachedBy: material.attachedBy, attachedAt: material.attachedAt }
          : { id: material.id, kind: 'dicom-study', archive: 'KS2-PACS', attachedBy: material.attachedBy, attachedAt: material.attachedAt },
      );
    }
    // File names and descriptions may name the patient: the coordinator's summary carries none.
    expect(JSON.stringify(consultation.materials)).not.toMatch(/心电图|ECG|CT chest/);

    const files = listed.filter((material) => material.kind === 'file').length;
    const stats = await read(t, network.tokens.coordinator, `/v1/stats/partnerships/${network.partnershipId}?from=2026-03-01&to=2026-03-31`, head);
    expect(stats.body.materials).toEqual({ attached: listed.length + 1, files, dicomStudies: listed.length + 1 - files });
  });

  it('a file over the limit is 413 and a type not on the list 415; neither writes an event or a blob', async () => {
    const stored = await blobs.count();
    await withoutWriting(t, async () => {
      const tooLarge = await upload(network.tokens.clinician, materialsOf(consultationId), pdf(LIMIT + 1), 'big.pdf', 'application/pdf');
      expectProblem(tooLarge, 413, 'material-too-large');
      const farTooLarge = await upload(network.tokens.clinician, materialsOf(consultationId), pdf(LIMIT * 3), 'bigger.pdf', 'application/pdf');
      expectProblem(farTooLarge, 413, 'material-too-large');
      const html = await upload(network.tokens.clinician, materialsOf(consultationId), Buffer.from('<script>alert(1)</script>'), 'x.html', 'text/html');
      expectProblem(html, 415, 'material-type-not-allowed');
      expect(html.body.detail).toContain('application/pdf');
      expectProblem(await upload(network.tokens.clinician, materialsOf(consultationId), Buffer.alloc(0), 'empty.pdf', 'application/pdf'), 400, 'material-empty');
      const noFile = await t.http.post(materialsOf(consultationId)).set('Authorization', `Bearer ${network.tokens.clinician}`).field('description', 'nothing');
      expectProblem(noFile, 400, 'invalid-upload', ['file']);
    });
    expect(await blobs.count()).toBe(stored);
  });

  it('answers 413 and 415 in Chinese when asked', async () => {
    const response = await upload(network.tokens.clinician, materialsOf(consultationId), Buffer.from('x'), 'x.exe', 'application/x-msdownload').set('Accept-Language', 'zh-CN');
    expectProblem(response, 415, 'material-type-not-allowed');
    expect(response.body.title).toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps materials within the case scope: other hospitals see nothing, coordinators no patient files, only the assigned expert attaches', async () => {
    const { id } = await upload(network.tokens.clinician, materialsOf(consultationId), pdf(), 'echo.pdf', 'application/pdf').then((r) => r.body);
    await withoutWriting(t, async () => {
      expectProblem(await read(t, network.tokens.otherClinician, materialsOf(consultationId)), 404, 'not-found');
      expectProblem(await read(t, network.tokens.otherClinician, `${materialsOf(consultationId)}/${id}`), 404, 'not-found');
      expectProblem(await read(t, network.tokens.otherExpert, `${materialsOf(consultationId)}/${id}`), 404, 'not-found');
      expectProblem(await upload(network.tokens.otherClinician, materialsOf(consultationId), pdf(), 'a.pdf', 'application/pdf'), 404, 'not-found');
      expectProblem(await read(t, network.tokens.coordinator, materialsOf(consultationId)), 403, 'role-not-allowed');
      expectProblem(await upload(network.tokens.coordinator, materialsOf(consultationId), pdf(), 'a.pdf', 'application/pdf'), 403, 'role-not-allowed');
      // The giving hospital's experts read it; only the one who accepts it may add to it.
      expectProblem(await upload(network.tokens.chiefExpert, materialsOf(consultationId), pdf(), 'a.pdf', 'application/pdf'), 403, 'forbidden');
      expectProblem(await read(t, network.tokens.clinician, `${materialsOf(consultationId)}/00000000-0000-4000-8000-000000000000`), 404, 'not-found');
    });
    const trail = await accessTrail(consultationId);
    expect(trail).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'download', materialId: id, outcome: 'denied', hospitalId: network.otherHospitalId })]));
    expect((await read(t, network.tokens.auditor, `${materialsOf(consultationId)}/${id}`)).status).toBe(200);
  });

  it('refuses a file whose stored bytes were altered, with a clear problem', async () => {
    const scan = pdf();
    const before = new Set(await blobs.addresses());
    const { id } = (await upload(network.tokens.clinician, materialsOf(consultationId), scan, 'scan.pdf', 'application/pdf')).body;
    const [address] = (await blobs.addresses()).filter((candidate) => !before.has(candidate));
    await blobs.tamper(address);
    const response = await read(t, network.tokens.clinician, `${materialsOf(consultationId)}/${id}`);
    expectProblem(response, 500, 'material-integrity-failure');
    expect(response.body.detail).toMatch(/SHA-256/);
  });

  it('takes no material once the case is closed', async () => {
    const { id } = await created(t, network.tokens.clinician, '/v1/consultations', consultationRequest(network));
    await created(t, network.tokens.clinician, `/v1/consultations/${id}/cancel`, { reason: 'patient transferred' });
    const stored = await blobs.count();
    await withoutWriting(t, async () => expectProblem(await upload(network.tokens.clinician, materialsOf(id), pdf(), 'late.pdf', 'application/pdf'), 409, 'illegal-transition'));
    expect(await blobs.count()).toBe(stored);
  });

  it('case reviews take materials from the requester and the panelists who accepted; invited experts read them', async () => {
    const review = await created(t, network.tokens.clinician, '/v1/case-reviews', {
      partnershipId: network.partnershipId,
      specialties: ['cardiology'],
      purpose: 'plan for cardiac amyloidosis',
      caseSummary: 'Female, 67.',
      patient: PATIENT,
      consent: { medical: true, dataSharing: true },
    });
    const path = `/v1/case-reviews/${review.id}/materials`;
    await created(t, network.tokens.clinician, `/v1/case-reviews/${review.id}/invitations`, { expertIds: [network.chiefExpertId, network.attendingExpertId] });
    const image = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), randomBytes(3000)]);
    const attached = await upload(network.tokens.clinician, path, image, 'scintigraphy.png', 'image/png');
    expect(attached.status).toBe(201);
    expectProblem(await upload(network.tokens.chiefExpert, path, pdf(), 'note.pdf', 'application/pdf'), 403, 'forbidden');
    await created(t, network.tokens.chiefExpert, `/v1/case-reviews/${review.id}/accept`);
    expect((await upload(network.tokens.chiefExpert, path, pdf(), 'note.pdf', 'application/pdf')).status).toBe(201);
    const file = await download(network.tokens.attendingExpert, `${path}/${attached.body.id}`);
    expect(file.status).toBe(200);
    expect(Buffer.compare(file.body as Buffer, image)).toBe(0);
    expect((await read(t, network.tokens.attendingExpert, path)).body.items).toHaveLength(2);
    expectProblem(await read(t, network.tokens.otherExpert, path), 404, 'not-found');
  });

  it("after the patient's data is erased the files are unreadable (410), their names read as erased, and the history still verifies", async () => {
    const { id } = (await upload(network.tokens.clinician, materialsOf(consultationId), pdf(), 'discharge letter.pdf', 'application/pdf')).body;
    t.clock.set('2060-01-01T00:00:00Z');
    const erased = await post(t, network.tokens.coordinator, '/v1/patients/erasure', { hospitalId: network.receivingHospitalId, reference: PATIENT.reference, reason: 'retention period is over' });
    expect(erased.status).toBe(201);
    const response = await read(t, network.tokens.clinician, `${materialsOf(consultationId)}/${id}`);
    expectProblem(response, 410, 'material-erased');
    const list = await read(t, network.tokens.clinician, materialsOf(consultationId));
    expect(list.body.items.find((item: { id: string }) => item.id === id)).toEqual(expect.objectContaining({ fileName: '[erased]', sha256: expect.any(String) }));
    const verified = await post(t, network.tokens.auditor, '/v1/audit/verify');
    expect(verified.status).toBe(200);
    expect(verified.body).toEqual(expect.objectContaining({ ok: true }));
  });
});
