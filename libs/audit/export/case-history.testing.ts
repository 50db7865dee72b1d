import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { Actor } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { SqliteEventStore } from '@telemed/event-store/sqlite/sqlite-event-store';
import { ChainedEventStore } from '../chained-event-store';
import { sealLog } from '../log-sealer';
import { SealSigner } from '../signing-keys';
import { caseStreamId, type CaseExportRecord, type CaseKind } from './case-export.records';
import { exportCaseHistory } from './case-export';

/** Patient details and clinical text the history holds, which no FHIR export may repeat. */
export const PATIENT_REFERENCE = 'KS2-2026-000777';
export const CASE_SUMMARY = 'Female, 44, palpitations for two weeks; Holter shows runs of SVT.';
export const OPINION = 'Refer for electrophysiology study; start bisoprolol meanwhile.';

export const CLINICIAN: Actor = { userId: 'clinician-aziz', role: 'clinician', hospitalId: 'hospital-kashgar' };
export const EXPERT: Actor = { userId: 'expert-zhang', role: 'expert', hospitalId: 'hospital-renji' };
export const COORDINATOR: Actor = { userId: 'coordinator-wang', role: 'coordinator' };
export const CLINICIAN_ADDRESS = '10.20.30.40';

export interface CaseHistoryFixture {
  store: EventStore;
  signer: SealSigner;
  consultationId: string;
  caseReviewId: string;
  trainingSessionId: string;
  exportOf(kind: CaseKind, id: string): Promise<CaseExportRecord[]>;
  close(): Promise<void>;
}

/**
 * A small log written the way the backbone writes it (hash-chained, then sealed): a completed
 * consultation, a requested case review, and a training session planned before the seal and held
 * after it, so that its last event is not sealed yet.
 */
export async function caseHistoryFixture(): Promise<CaseHistoryFixture> {
  const store = new ChainedEventStore(SqliteEventStore.open(':memory:'));
  const signer = new SealSigner(generateKeyPairSync('ed25519').privateKey);
  const [consultationId, caseReviewId, trainingSessionId] = [randomUUID(), randomUUID(), randomUUID()];
  const append = (kind: CaseKind, id: string, type: string, data: object, actor: Actor, sourceAddress?: string) =>
    store.appendToStream(
      caseStreamId(kind, id),
      [{ eventId: randomUUID(), type, schemaVersion: 1, data, metadata: { actor, correlationId: randomUUID(), ...(sourceAddress && { sourceAddress }) } }],
      'any',
    );
  const patient = { reference: PATIENT_REFERENCE, sex: 'female', birthDate: '1982-01-05' };
  const consent = { medical: true, dataSharing: true };

  await append('consultation', consultationId, 'ConsultationRequested', {
    consultationId, partnershipId: 'partnership-1', pairingId: 'pairing-1', requestingHospitalId: 'hospital-kashgar',
    givingHospitalId: 'hospital-renji', specialty: 'cardiology', urgency: 'routine', purpose: 'second opinion',
    caseSummary: CASE_SUMMARY, patient, consent, requestedBy: CLINICIAN.userId, requestedAt: '2026-03-02T01:00:00.000Z',
  }, CLINICIAN, CLINICIAN_ADDRESS);
  await append('consultation', consultationId, 'ConsultationAccepted', { consultationId, expertId: EXPERT.userId, acceptedBy: EXPERT.userId, acceptedAt: '2026-03-02T02:00:00.000Z' }, EXPERT);
  await append('case-review', caseReviewId, 'CaseReviewRequested', {
    caseReviewId, partnershipId: 'partnership-1', requestingHospitalId: 'hospital-kashgar', givingHospitalId: 'hospital-renji',
    specialties: ['cardiology'], purpose: 'panel review', caseSummary: CASE_SUMMARY, patient, consent,
    requestedBy: CLINICIAN.userId, requestedAt: '2026-03-02T03:00:00.000Z',
  }, CLINICIAN, CLINICIAN_ADDRESS);
  await append('training-session', trainingSessionId, 'TrainingSessionPlanned', {
    trainingSessionId, partnershipId: 'partnership-1', givingHospitalId: 'hospital-renji', receivingHospitalId: 'hospital-kashgar',
    title: 'Reading a Holter', format: 'lecture', start: '2026-03-10T02:00:00.000Z', end: '2026-03-10T03:00:00.000Z',
    trainerExpertIds: [EXPERT.userId], audienceDepartmentIds: ['department-1'], plannedBy: COORDINATOR.userId, plannedAt: '2026-03-02T04:00:00.000Z',
  }, COORDINATOR);
  await append('consultation', consultationId, 'ConsultationOpinionSigned', {
    consultationId, expertId: EXPERT.userId, opinion: OPINION, signedBy: EXPERT.userId, signedAt: '2026-03-02T05:00:00.000Z',
  }, EXPERT, '192.168.7.8');
  await sealLog(store, signer, { now: '2026-03-02T06:00:00.000Z' });
  await append('training-session', trainingSessionId, 'TrainingSessionHeld', { trainingSessionId, heldBy: EXPERT.userId, heldAt: '2026-03-10T03:00:00.000Z' }, EXPERT);

  return {
    store,
    signer,
    consultationId,
    caseReviewId,
    trainingSessionId,
    exportOf: (kind, id) =>
      exportCaseHistory(store, { kind, id, publicKeyPem: signer.publicKeyPem(), keyId: signer.keyId, exportedAt: '2026-03-11T00:00:00.000Z' }),
    close: () => store.close(),
  };
}
