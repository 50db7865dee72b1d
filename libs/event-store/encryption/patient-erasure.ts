import { randomUUID } from 'node:crypto';
import { DomainError } from '@telemed/domain/core';
import { activeHoldsOf, legalHoldDecider, LegalHoldInForce, type LegalHoldEvent } from '@telemed/domain/legal-hold';
import type { EventMetadata } from '../event-envelope';
import type { EventStore } from '../event-store.port';
import type { PatientDataCipher } from './patient-data-cipher';

export const PATIENT_DATA_ERASED = 'PatientDataErased';

/** The stream that records erasures of one patient's data, named by the patient's key id. */
export const patientDataStreamId = (keyId: string): string => `patient-data-${keyId}`;

/** A patient's data keys were erased: their details and clinical text now read as placeholders everywhere. */
export interface PatientDataErasedData {
  keyId: string;
  keyVersions: number[];
  reason: string;
  erasedBy: string;
  erasedAt: string;
  /** The patient's last recorded activity, whose age allowed the erasure. */
  lastActivityAt: string | null;
  retentionYears: number;
}

export class UnknownPatient extends DomainError {
  constructor() {
    super('not-found', 'patient-not-found', 'no data of a patient with this reference at this hospital is recorded');
  }
}

export class PatientDataAlreadyErased extends DomainError {
  constructor() {
    super('conflict', 'patient-data-already-erased', "this patient's data has already been erased");
  }
}

export class RetentionPeriodNotOver extends DomainError {
  constructor(retentionYears: number, keptUntil: string) {
    super(
      'conflict',
      'retention-period-not-over',
      `the patient's records must be kept for ${retentionYears} years after their last recorded activity: they may be erased after ${keptUntil}`,
      [],
      { retentionYears, keptUntil },
    );
  }
}

export interface PatientErasureRequest {
  hospitalId: string;
  reference: string;
  reason: string;
  metadata: EventMetadata;
  now: string;
}

export interface PatientErasureContext {
  /** Where the `PatientDataErased` event is appended. */
  store: EventStore;
  cipher: PatientDataCipher;
  retentionYears: number;
  /** Business time of the patient's last recorded activity, from the read models that are caught up with the log. */
  lastActivityOf(keyId: string): Promise<string | undefined>;
}

export interface PatientErasureOutcome {
  keyId: string;
  keyVersions: number[];
  lastActivityAt: string | null;
  position: bigint;
}

function yearsAfter(instant: string, years: number): Date {
  const date = new Date(instant);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date;
}

/**
 * Crypto-shreds a patient's data: once their last recorded activity is older than the retention
 * period, every data key of the patient is deleted (their details and clinical text in the log,
 * in Kafka and in backups become unreadable) and a `PatientDataErased` event records who erased
 * them, when and why, naming the patient by key id only. An erasure interrupted after its keys
 * were deleted is completed by asking again: the event is then recorded for the keys it erased.
 * Nothing is erased while a legal hold on the patient stands (their record stream holds the holds).
 */
export async function erasePatientData(context: PatientErasureContext, request: PatientErasureRequest): Promise<PatientErasureOutcome> {
  const { store, cipher, retentionYears } = context;
  const keyId = cipher.keyIdOf(request.hospitalId, request.reference);
  const versions = await cipher.keys.versions(keyId);
  if (versions.length === 0) throw new UnknownPatient();
  const streamId = patientDataStreamId(keyId);
  const recorded = await store.readStream(streamId);
  // A hold outweighs everything else: the records are kept, whatever their age.
  const holds = activeHoldsOf(
    recorded.map((event) => ({ type: event.type, data: event.data }) as LegalHoldEvent).reduce(legalHoldDecider.evolve, legalHoldDecider.initialState()),
  );
  if (holds.length > 0) throw new LegalHoldInForce(holds);
  const recordedVersions = new Set(
    recorded
      .filter((event) => event.type === PATIENT_DATA_ERASED)
      .flatMap((event) => (event.data as PatientDataErasedData).keyVersions),
  );
  const active = versions.filter((version) => !version.erasedAt);
  const unrecorded = versions.filter((version) => version.erasedAt && !recordedVersions.has(version.version)).map((version) => version.version);
  if (active.length === 0 && unrecorded.length === 0) throw new PatientDataAlreadyErased();

  // A key whose case never reached the log (a refused append) has only its creation as activity.
  const lastActivityAt = (await context.lastActivityOf(keyId)) ?? active[active.length - 1]?.createdAt ?? null;
  let erased: number[] = [];
  if (active.length > 0) {
    const keptUntil = lastActivityAt ? yearsAfter(lastActivityAt, retentionYears) : undefined;
    if (keptUntil && keptUntil.getTime() >= Date.parse(request.now)) throw new RetentionPeriodNotOver(retentionYears, keptUntil.toISOString());
    erased = await cipher.keys.erase(keyId, request.now);
  }
  const keyVersions = [...new Set([...unrecorded, ...erased])].sort((a, b) => a - b);
  const data: PatientDataErasedData = {
    keyId,
    keyVersions,
    reason: request.reason,
    erasedBy: request.metadata.actor.userId,
    erasedAt: request.now,
    lastActivityAt,
    retentionYears,
  };
  const result = await store.appendToStream(
    streamId,
    [{ eventId: randomUUID(), type: PATIENT_DATA_ERASED, schemaVersion: 1, data, metadata: request.metadata }],
    'any',
  );
  return { keyId, keyVersions, lastActivityAt, position: result.lastPosition };
}
