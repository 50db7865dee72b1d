import { createPublicKey, type KeyObject } from 'node:crypto';
import { chainHash, GENESIS_HASH, withoutIntegrity } from '../hash-chain';
import { DIGEST_LENGTH, sealBodyOf, sealedEntries, sealMessage, type LogSeal } from '../log-seal';
import { keyIdOf, verifySignature } from '../signing-keys';
import { caseStreamId, isCaseKind, sealRangeCovers, type CaseExportHeader, type ExportedEnvelope } from './case-export.records';

export interface CaseExportBreak {
  /** The log position of the first event (or seal) that is not what was written. */
  position: string;
  reason: string;
}

export interface CaseExportReport {
  ok: boolean;
  /** The key the seals were checked with: the one the verifier brought, never the export's own. */
  keyId: string;
  eventsChecked: number;
  /** Events whose hash a validly signed seal lists at their position. */
  eventsSealed: number;
  sealsChecked: number;
  /** Events no seal covers yet (written after the last seal): checked against the hash chain only. */
  unsealedPositions: string[];
  firstBreak?: CaseExportBreak;
}

interface CheckedSeal {
  position: string;
  seal: LogSeal;
  /** Position → the hash digest the seal lists there. */
  digests: Map<string, string>;
}

class Broken extends Error {
  constructor(readonly caseBreak: CaseExportBreak) {
    super(caseBreak.reason);
  }
}

const breakAt = (position: string, reason: string): never => {
  throw new Broken({ position, reason });
};

const DECIMAL = /^\d{1,19}$/;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';

/**
 * Checks an exported case history offline, with nothing but the public key of the audit log: the
 * stream's hash chain from its first revision (every hash recomputed, every link followed, no
 * revision missing), every included seal's Ed25519 signature with the given key, and that each
 * sealed event's hash is the one its seal lists at its position. Stops at the first break.
 */
export function verifyCaseExport(records: readonly unknown[], publicKey: KeyObject | string): CaseExportReport {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  const report: CaseExportReport = { ok: true, keyId: keyIdOf(key), eventsChecked: 0, eventsSealed: 0, sealsChecked: 0, unsealedPositions: [] };
  try {
    const header = headerOf(records[0]);
    const sealRecords = records.filter((record) => isObject(record) && record.record === 'seal');
    const eventRecords = records.filter((record) => isObject(record) && record.record === 'event');
    const unknown = records.findIndex((record, index) => index > 0 && !sealRecords.includes(record) && !eventRecords.includes(record));
    if (unknown !== -1) breakAt('0', `record ${unknown + 1} of the export is neither an event nor a seal`);

    const seals: CheckedSeal[] = [];
    for (const record of sealRecords) {
      seals.push(checkSeal(record as Record<string, unknown>, key, seals));
      report.sealsChecked++;
    }
    if (eventRecords.length === 0) breakAt('0', 'the export holds no event of the case');
    let previous: { revision: number; hash: string; position: bigint } | undefined;
    for (const record of eventRecords as Array<Record<string, unknown>>) {
      const envelope = checkChain(record.envelope, header, previous);
      const position = BigInt(envelope.globalPosition);
      const hash = envelope.metadata.integrity!.hash;
      if (checkSealed(record.proof, envelope.globalPosition, hash, seals)) report.eventsSealed++;
      else report.unsealedPositions.push(envelope.globalPosition);
      previous = { revision: envelope.streamRevision, hash, position };
      report.eventsChecked++;
    }
  } catch (error) {
    if (error instanceof Broken) return { ...report, ok: false, firstBreak: error.caseBreak };
    throw error;
  }
  return report;
}

function headerOf(record: unknown): CaseExportHeader {
  if (!isObject(record) || record.record !== 'header') return breakAt('0', 'the export does not begin with its header');
  if (!isCaseKind(record.kind) || !isString(record.id) || record.streamId !== caseStreamId(record.kind, record.id)) {
    return breakAt('0', 'the header does not name a kind of case, its id and the stream that records it');
  }
  return record as unknown as CaseExportHeader;
}

function isSeal(seal: unknown): seal is LogSeal {
  return (
    isObject(seal) &&
    Number.isInteger(seal.sequence) &&
    isString(seal.fromPosition) && DECIMAL.test(seal.fromPosition) &&
    isString(seal.toPosition) && DECIMAL.test(seal.toPosition) &&
    Number.isInteger(seal.eventCount) &&
    Array.isArray(seal.positions) &&
    seal.positions.every((run) => Array.isArray(run) && run.length === 2 && run.every((end) => isString(end) && DECIMAL.test(end))) &&
    isString(seal.digests) &&
    isString(seal.keyId) &&
    isString(seal.signature)
  );
}

function checkSeal(record: Record<string, unknown>, key: KeyObject, earlier: CheckedSeal[]): CheckedSeal {
  const { seal, position } = record;
  if (!isString(position) || !DECIMAL.test(position)) return breakAt('0', 'a seal record of the export does not say where the seal sits in the log');
  if (!isSeal(seal)) return breakAt(position, 'a seal record of the export is malformed');
  if (earlier.some((other) => other.seal.sequence === seal.sequence)) breakAt(position, `seal ${seal.sequence} appears twice in the export`);
  if (seal.keyId !== keyIdOf(key) || !verifySignature(key, sealMessage(sealBodyOf(seal)), seal.signature)) {
    breakAt(position, `seal ${seal.sequence} does not carry a valid signature of the given public key`);
  }
  const entries = sealedEntries(seal);
  if (entries.length !== seal.eventCount || seal.digests.length !== seal.eventCount * DIGEST_LENGTH) {
    breakAt(position, `seal ${seal.sequence} is malformed: it does not list one digest per covered position`);
  }
  return { position, seal, digests: new Map(entries.map((entry) => [entry.position.toString(), entry.digest])) };
}

function isEnvelope(envelope: unknown): envelope is ExportedEnvelope {
  return (
    isObject(envelope) &&
    isString(envelope.eventId) &&
    isString(envelope.type) &&
    Number.isInteger(envelope.schemaVersion) &&
    isString(envelope.streamId) &&
    Number.isInteger(envelope.streamRevision) &&
    isString(envelope.globalPosition) && DECIMAL.test(envelope.globalPosition) &&
    'data' in envelope &&
    isObject(envelope.metadata)
  );
}

/** The event follows the previous one on the stream's hash chain, and its hash is that of what it holds. */
function checkChain(
  envelope: unknown,
  header: CaseExportHeader,
  previous: { revision: number; hash: string; position: bigint } | undefined,
): ExportedEnvelope {
  const claimed = isObject(envelope) && isString(envelope.globalPosition) ? envelope.globalPosition : '0';
  if (!isEnvelope(envelope)) return breakAt(claimed, 'an event record of the export is malformed');
  const position = envelope.globalPosition;
  if (envelope.streamId !== header.streamId) breakAt(position, `the event belongs to ${envelope.streamId}, not to the exported ${header.streamId}`);
  const expectedRevision = previous ? previous.revision + 1 : 0;
  if (envelope.streamRevision !== expectedRevision) {
    breakAt(position, `stream revision ${envelope.streamRevision} where ${expectedRevision} was expected: the export must hold every event of the stream, from its first`);
  }
  if (previous && BigInt(position) <= previous.position) breakAt(position, 'the event does not come after the previous event of its stream in the log');
  const integrity = envelope.metadata.integrity as unknown;
  if (!isObject(integrity) || !isString(integrity.hash) || !isString(integrity.previousHash)) {
    return breakAt(position, 'the event carries no integrity fields');
  }
  const previousHash = previous?.hash ?? GENESIS_HASH;
  if (integrity.previousHash !== previousHash) breakAt(position, 'the event is not chained to the previous event of its stream');
  const recomputed = chainHash(previousHash, {
    eventId: envelope.eventId,
    type: envelope.type,
    schemaVersion: envelope.schemaVersion,
    streamId: envelope.streamId,
    streamRevision: envelope.streamRevision,
    data: envelope.data,
    metadata: withoutIntegrity(envelope.metadata as unknown as Record<string, unknown>),
  });
  if (recomputed !== integrity.hash) breakAt(position, 'the event was altered after it was written: its hash does not match');
  return envelope;
}

/**
 * Whether a seal of the export vouches for the event. The seal is found by its range, not taken
 * from the event's proof, so that an export cannot pass a sealed event off as unsealed.
 */
function checkSealed(proof: unknown, position: string, hash: string, seals: CheckedSeal[]): boolean {
  const covering = seals.find(({ seal }) => sealRangeCovers(seal, BigInt(position)));
  if (proof !== null && proof !== undefined) {
    const named = isObject(proof) ? `seal ${String(proof.sealSequence)} at position ${String(proof.sealPosition)}` : 'a seal';
    if (!isObject(proof) || !covering || covering.seal.sequence !== proof.sealSequence || covering.position !== proof.sealPosition) {
      breakAt(position, `the event's proof names ${named}, which the export does not hold as covering it`);
    }
  }
  if (!covering) return false;
  const digest = covering.digests.get(position);
  if (digest === undefined) breakAt(position, `an event was inserted at position ${position}, which seal ${covering.seal.sequence} does not list`);
  if (digest !== hash.slice(0, DIGEST_LENGTH)) {
    breakAt(position, `the event at position ${position} is not the one seal ${covering.seal.sequence} lists there: it was altered or replaced`);
  }
  return true;
}
