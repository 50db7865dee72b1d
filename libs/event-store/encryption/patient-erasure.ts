import { randomUUID } from 'node:crypto';
import { DomainError } from '@telemed/domain/core';
import { activeHoldsOf, legalHoldDecider, LegalHoldInForce, type LegalHoldEvent } from '@telemed/domain/legal-hold';
import type { EventMetadata } from '../event-envelope';
import type { EventStore } from '../event-store.port';
import { VersionConflict } from '../event-store.errors';
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

/** Attempts at an erasure whose record stream another writer changed meanwhile (a hold placed, another erasure). */
const ERASURE_ATTEMPTS = 5;

/**
 * Crypto-shreds a patient's data: once their last recorded activity is older than the retention
 * period, every data key of the patient is deleted (their details and clinical text in the log,
 * in Kafka and in backups become unreadable) and a `PatientDataErased` event records who erased
 * them, when and why, naming the patient by key id only. Nothing is erased while a legal hold on
 * the patient stands (their record stream holds the holds).
 *
 * The event is appended first, at the revision of the record stream that was read, and the keys
 * are deleted after it. A hold and an erasure racing on one patient therefore meet in that stream:
 * a hold recorded first makes the erasure's append conflict, and the erasure, read again, is
 * refused (409 `legal-hold`); an erasure recorded first makes the hold refused
 * (409 `patient-data-already-erased`). A key is never deleted under a hold. An erasure interrupted
 * between the two steps is completed by asking again: keys recorded as erased are deleted without
 * a second event, and keys deleted without an event (an older release deleted first) get theirs.
 */
export async function erasePatientData(context: PatientErasureContext, request: PatientErasureRequest): Promise<PatientErasureOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await eraseOnce(context, request);
    } catch (error) {
      if (!(error instanceof VersionConflict) || attempt >= ERASURE_ATTEMPTS) throw error;
    }
  }
}

async function eraseOnce(context: PatientErasureContext, request: PatientErasureRequest): Promise<PatientErasureOutcome> {
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
  const erasures = recorded.filter((event) => event.type === PATIENT_DATA_ERASED);
  const recordedVersions = new Set(erasures.flatMap((event) => (event.data as PatientDataErasedData).keyVersions));
  const active = versions.filter((version) => !version.erasedAt);
  const toRecord = versions.filter((version) => !recordedVersions.has(version.version));
  if (toRecord.length === 0) {
    if (active.length === 0) throw new PatientDataAlreadyErased();
    // Recorded as erased, the keys still there: an erasure interrupted before it deleted them.
    const last = erasures[erasures.length - 1];
    await cipher.keys.erase(keyId, request.now);
    const data = last.data as PatientDataErasedData;
    return { keyId, keyVersions: data.keyVersions, lastActivityAt: data.lastActivityAt, position: last.globalPosition };
  }

  // A key whose case never reached the log (a refused append) has only its creation as activity.
  const lastActivityAt = (await context.lastActivityOf(keyId)) ?? active[active.length - 1]?.createdAt ?? null;
  if (toRecord.some((version) => !version.erasedAt)) {
    const keptUntil = lastActivityAt ? yearsAfter(lastActivityAt, retentionYears) : undefined;
    if (keptUntil && keptUntil.getTime() >= Date.parse(request.now)) throw new RetentionPeriodNotOver(retentionYears, keptUntil.toISOString());
  }
  const keyVersions = toRecord.map((version) => version.version).sort((a, b) => a - b);
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
    recorded.length === 0 ? 'no-stream' : recorded[recorded.length - 1].streamRevision,
  );
  if (active.length > 0) await cipher.keys.erase(keyId, request.now);
  return { keyId, keyVersions, lastActivityAt, position: result.lastPosition };
}
