'use strict';
/**
 * The events every append benchmark writes, ours and the peers' alike: a consultation request the
 * size of a real one (about 600 bytes of data, 250 of metadata), and, for batches, the follow-up
 * events of the same consultation. Plain objects, so the Emmett scripts (ESM) can use them too.
 */
const { randomUUID } = require('node:crypto');

const HOSPITAL_ID = 'e8163795-3d8e-449e-8b57-8d0858c1641a';
const GIVING_HOSPITAL_ID = '381dfa1e-db85-4b81-a91f-1d3af44b969e';
const PARTNERSHIP_ID = '3212f41c-7ea2-4ba9-bd96-327aa93b7488';
const PAIRING_ID = 'e1ff52ac-c44d-4e5c-8f83-270bd630ea3d';

function metadataFor(requestId) {
  return {
    actor: { userId: 'clinician-e8163795-2', role: 'clinician', hospitalId: HOSPITAL_ID },
    correlationId: requestId,
    causationId: requestId,
    requestId,
    sourceAddress: '127.0.0.1',
  };
}

/** `{ eventId, type, schemaVersion, data, metadata }`: the NewEvent of our port. */
function consultationRequested(consultationId, sequence) {
  return {
    eventId: randomUUID(),
    type: 'ConsultationRequested',
    schemaVersion: 1,
    data: {
      consultationId,
      partnershipId: PARTNERSHIP_ID,
      pairingId: PAIRING_ID,
      requestingHospitalId: HOSPITAL_ID,
      givingHospitalId: GIVING_HOSPITAL_ID,
      specialty: 'neurology',
      urgency: 'routine',
      purpose: 'second opinion on neurology management',
      caseSummary: 'history, examination and investigations as attached to the patient record',
      patient: { reference: `MRN-${sequence}` },
      consent: { medical: true, dataSharing: true },
      requestedBy: 'clinician-e8163795-2',
      requestedAt: '2024-03-11T02:43:00.000Z',
    },
    metadata: metadataFor(`req-${sequence}`),
  };
}

function consultationRescheduled(consultationId, sequence, revision) {
  const start = Date.UTC(2024, 3, 1, 1) + revision * 3_600_000;
  return {
    eventId: randomUUID(),
    type: 'ConsultationRescheduled',
    schemaVersion: 1,
    data: {
      consultationId,
      expertId: '0c1a4b0e-9a51-4a63-a1f0-4bb3f4a3b1de',
      start: new Date(start).toISOString(),
      end: new Date(start + 1_800_000).toISOString(),
      reason: 'the patient asked for a later slot after the imaging appointment',
      rescheduledAt: '2024-03-12T02:43:00.000Z',
    },
    metadata: metadataFor(`req-${sequence}-${revision}`),
  };
}

/** One append: a new consultation stream with `count` events (the request, then reschedulings). */
function consultationAppend(sequence, count) {
  const consultationId = randomUUID();
  const events = [consultationRequested(consultationId, sequence)];
  for (let revision = 1; revision < count; revision++) events.push(consultationRescheduled(consultationId, sequence, revision));
  return { streamId: `consultation-${consultationId}`, events };
}

module.exports = { consultationAppend };
