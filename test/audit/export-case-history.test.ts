import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Test } from 'supertest';
import { AccessLog, accessOf } from '@telemed/audit';
import {
  parseNdjson,
  verifyCaseExport,
  type CaseExportEvent,
  type CaseExportHeader,
  type CaseExportRecord,
  type CaseExportSeal,
  type FhirAuditEvent,
  type FhirBundle,
  type FhirProvenance,
} from '../../libs/audit/export';
import { fhirBundleProblems } from '../../libs/audit/export/fhir-structure.testing';
import { seedNetwork, consultationRequest, created, type SeededNetwork } from '../support/network-fixture';
import { completedConsultation, hourFrom, post, requestConsultation } from '../support/consultation-steps';
import { startTestApp, type TestApp } from '../support/test-app';

const eventsOf = (records: CaseExportRecord[]) => records.filter((record): record is CaseExportEvent => record.record === 'event');
const sealsOf = (records: CaseExportRecord[]) => records.filter((record): record is CaseExportSeal => record.record === 'seal');
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('exporting a case history that an auditor can check away from the backbone', () => {
  let t: TestApp;
  let network: SeededNetwork;
  let publicKeyPem: string;
  /** Completed, then sealed. */
  let completedId: string;
  /** Requested before the seal, accepted after it. */
  let laterId: string;

  /** The body as text, whatever its media type. */
  const exportOf = (kind: string, id: string, format?: string, token = network.tokens.auditor): Test =>
    t.http.get(`/v1/audit/exports/${kind}/${id}`).query(format ? { format } : {}).set('Authorization', `Bearer ${token}`).buffer(true);
  const ndjsonOf = async (kind: string, id: string) => {
    const response = await exportOf(kind, id);
    expect(response.status).toBe(200);
    return parseNdjson(response.text) as CaseExportRecord[];
  };

  beforeAll(async () => {
    t = await startTestApp();
    network = await seedNetwork(t);
    completedId = (await completedConsultation(t, network, hourFrom('2026-03-09T02:00:00Z'))).id;
    laterId = (await requestConsultation(t, network)).id;
    expect((await post(t, network.tokens.coordinator, '/v1/audit/seal')).body).toEqual({ sealed: true });
    await created(t, network.tokens.attendingExpert, `/v1/consultations/${laterId}/accept`);
    publicKeyPem = readFileSync(join(t.dataDir, 'audit', 'public-key.pem'), 'utf8');
  }, 60_000);

  afterAll(() => t.close());

  it('an auditor exports a completed, sealed consultation as NDJSON, and it verifies offline with the public key alone', async () => {
    const response = await exportOf('consultations', completedId);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const records = parseNdjson(response.text) as CaseExportRecord[];
    const header = records[0] as CaseExportHeader;
    expect(header).toMatchObject({ record: 'header', kind: 'consultation', id: completedId, streamId: `consultation-${completedId}`, publicKey: publicKeyPem });
    const events = eventsOf(records);
    expect(events.map((event) => event.envelope.type)).toEqual([
      'ConsultationRequested', 'ConsultationAccepted', 'ConsultationScheduled', 'ConsultationStarted', 'ConsultationOpinionSigned',
    ]);
    expect(events.map((event) => event.envelope.streamRevision)).toEqual([0, 1, 2, 3, 4]);
    expect(events.every((event) => event.proof?.sealSequence === 1)).toBe(true);
    expect(sealsOf(records).map((seal) => seal.seal.sequence)).toEqual([1]);

    const report = verifyCaseExport(records, publicKeyPem);
    expect(report).toEqual({ ok: true, keyId: header.keyId, eventsChecked: 5, eventsSealed: 5, sealsChecked: 1, unsealedPositions: [] });
  });

  it("altering one exported event's data is named at that event's position", async () => {
    const records = await ndjsonOf('consultations', completedId);
    const scheduled = eventsOf(records)[2];
    (scheduled.envelope.data as { start: string }).start = '2026-03-09T06:00:00.000Z';
    expect(verifyCaseExport(records, publicKeyPem)).toMatchObject({
      ok: false,
      eventsChecked: 2,
      firstBreak: { position: scheduled.envelope.globalPosition, reason: 'the event was altered after it was written: its hash does not match' },
    });
  });

  it('the seals are checked with the key the verifier brings: another Ed25519 key fails them, whatever the header claims', async () => {
    const records = await ndjsonOf('consultations', completedId);
    const otherKey = generateKeyPairSync('ed25519').publicKey;
    const [seal] = sealsOf(records);
    expect(verifyCaseExport(records, otherKey)).toMatchObject({
      ok: false,
      firstBreak: { position: seal.position, reason: 'seal 1 does not carry a valid signature of the given public key' },
    });
    const claimingOtherKey = copy(records);
    (claimingOtherKey[0] as CaseExportHeader).publicKey = otherKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(verifyCaseExport(claimingOtherKey, otherKey).ok).toBe(false);
    expect(verifyCaseExport(claimingOtherKey, publicKeyPem).ok).toBe(true);
  });

  it('an event written after the seal is reported as unsealed, but its chain is checked', async () => {
    const records = await ndjsonOf('consultations', laterId);
    const [requested, accepted] = eventsOf(records);
    expect(requested.proof).toEqual({ sealSequence: 1, sealPosition: sealsOf(records)[0].position });
    expect(accepted.proof).toBeNull();
    expect(verifyCaseExport(records, publicKeyPem)).toMatchObject({
      ok: true,
      eventsChecked: 2,
      eventsSealed: 1,
      unsealedPositions: [accepted.envelope.globalPosition],
    });
    (accepted.envelope.metadata.actor as { userId: string }).userId = 'someone-else';
    expect(verifyCaseExport(records, publicKeyPem).firstBreak?.position).toBe(accepted.envelope.globalPosition);
  });

  it('the FHIR export holds one AuditEvent and one Provenance per event, with the right actions and agents, and no patient detail', async () => {
    const response = await exportOf('consultations', completedId, 'fhir');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const bundle = JSON.parse(response.text) as FhirBundle;
    expect(fhirBundleProblems(bundle)).toEqual([]);
    const resources = bundle.entry.map((entry) => entry.resource);
    const audits = resources.filter((resource): resource is FhirAuditEvent => resource.resourceType === 'AuditEvent');
    const provenances = resources.filter((resource): resource is FhirProvenance => resource.resourceType === 'Provenance');
    expect(audits).toHaveLength(5);
    expect(provenances).toHaveLength(5);
    expect(audits.map((audit) => audit.action)).toEqual(['C', 'U', 'U', 'U', 'U']);
    const actors = ['clinician-aziz', ...Array(4).fill(network.chiefExpertId)];
    expect(audits.map((audit) => audit.agent[0].who.identifier?.value)).toEqual(actors);
    expect(provenances.map((provenance) => provenance.agent[0].who.identifier?.value)).toEqual(actors);
    expect(audits[0].agent[0]).toMatchObject({ role: [{ text: 'clinician' }], requestor: true, network: { address: '127.0.0.1', type: '2' } });
    expect(provenances.every((provenance) => provenance.target[0].reference === `ServiceRequest/${completedId}`)).toBe(true);

    const request = consultationRequest(network);
    for (const detail of [request.patient.reference, request.patient.birthDate, request.caseSummary, 'Optimise guideline-directed therapy.']) {
      expect(response.text).not.toContain(detail);
    }
  });

  it('an NDJSON export carries patient details and is recorded in the access trail as an export; the FHIR export is not', async () => {
    const accessLog = t.app.get(AccessLog);
    const exportsOfCase = async () =>
      (await accessLog.readAll({ after: 0n, maxCount: 1000 })).events.map(accessOf).filter((access) => access.action === 'export' && access.caseId === laterId);
    const before = (await exportsOfCase()).length;
    await ndjsonOf('consultations', laterId);
    await exportOf('consultations', laterId, 'fhir').expect(200);
    const after = await exportsOfCase();
    expect(after).toHaveLength(before + 1);
    expect(after[after.length - 1]).toMatchObject({ kind: 'consultations', outcome: 'allowed', userId: 'auditor-chen', role: 'auditor', sourceAddress: '127.0.0.1' });
  });

  it('only an auditor may export; an unknown case, kind or format is refused', async () => {
    for (const token of [network.tokens.coordinator, network.tokens.clinician, network.tokens.chiefExpert]) {
      expect((await exportOf('consultations', completedId, undefined, token)).status).toBe(403);
    }
    expect((await exportOf('consultations', '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await exportOf('prescriptions', completedId)).status).toBe(400);
    expect((await exportOf('consultations', completedId, 'xml')).status).toBe(400);
    expect((await exportOf('consultation', completedId)).status).toBe(200);
  });
});
