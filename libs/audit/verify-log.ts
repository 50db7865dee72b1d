import type { KeyObject } from 'node:crypto';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { ReadAllOptions, ReadAllSlice } from '@telemed/event-store/event-store.port';
import { chainHash, GENESIS_HASH, withoutIntegrity } from './hash-chain';
import { merkleLeaf, merkleRoot } from './merkle';
import { DIGEST_LENGTH, LogSeal, sealBodyOf, sealedEntries, sealHash, sealMessage } from './log-seal';
import { integrityOf } from './log-sealer';
import { keyIdOf, verifySignature } from './signing-keys';

export interface HistoryBreak {
  /** The first log position at which the history is not what was written. */
  position: string;
  streamId?: string;
  reason: string;
}

export interface VerificationReport {
  ok: boolean;
  eventsChecked: number;
  sealsChecked: number;
  /** Last position covered by a valid seal. */
  sealedUpTo: string;
  firstBreak?: HistoryBreak;
}

export interface SealRecord {
  seal: LogSeal;
  /** Where the seal itself sits in the log. */
  position: bigint;
}

export interface VerifyOptions {
  publicKey: KeyObject;
  /** The seals as read from the seal stream, in order. */
  seals: SealRecord[];
  /** The latest seal as kept outside the store; a log that lacks it was truncated. */
  anchor?: LogSeal;
  onProgress?: (eventsChecked: number) => void;
  batchSize?: number;
}

class Broken extends Error {
  constructor(readonly historyBreak: HistoryBreak) {
    super(historyBreak.reason);
  }
}

const breakAt = (position: bigint, reason: string, streamId?: string): never => {
  throw new Broken({ position: position.toString(), reason, ...(streamId && { streamId }) });
};

/** The seals must form one signed chain over consecutive ranges; answers what they expect, in order. */
function checkSeals(records: SealRecord[], publicKey: KeyObject, anchor?: LogSeal) {
  const keyId = keyIdOf(publicKey);
  let previous: LogSeal | undefined;
  const expected: Array<{ position: bigint; digest: string; sequence: number }> = [];
  for (const { seal, position } of records) {
    const sequence = (previous?.sequence ?? 0) + 1;
    if (seal.sequence !== sequence) breakAt(position, `seal ${sequence} is missing; found seal ${seal.sequence}`);
    if (seal.keyId !== keyId || !verifySignature(publicKey, sealMessage(sealBodyOf(seal)), seal.signature)) {
      breakAt(position, `seal ${seal.sequence} does not carry a valid signature of the audit key`);
    }
    if (seal.previousSealHash !== (previous ? sealHash(previous) : GENESIS_HASH)) breakAt(position, `seal ${seal.sequence} is not chained to the previous seal`);
    if (seal.fromPosition !== (previous?.toPosition ?? '0')) breakAt(position, `seal ${seal.sequence} does not start where the previous seal ended`);
    const entries = sealedEntries(seal);
    if (entries.length !== seal.eventCount || seal.digests.length !== seal.eventCount * DIGEST_LENGTH) {
      breakAt(position, `seal ${seal.sequence} is malformed`);
    }
    expected.push(...entries.map((entry) => ({ ...entry, sequence: seal.sequence })));
    previous = seal;
  }
  if (anchor && previous && previous.sequence === anchor.sequence && sealHash(previous) !== sealHash(anchor)) {
    breakAt(BigInt(previous.fromPosition) + 1n, `seal ${anchor.sequence} in the log differs from the anchored seal`);
  }
  const truncated = !!anchor && (!previous || previous.sequence < anchor.sequence);
  return { expected, truncated };
}

/**
 * Checks the whole log against what was written: the signed seals say which event hash stood at
 * every sealed position (naming exactly where an event was altered, deleted, inserted or moved,
 * and a truncated log), every event is checked against its stream's hash chain (also for the
 * unsealed tail), and each seal's Merkle root is recomputed from the events themselves.
 */
export async function verifyLog(
  readAll: (options: ReadAllOptions) => Promise<ReadAllSlice>,
  options: VerifyOptions,
): Promise<VerificationReport> {
  const streams = new Map<string, { revision: number; hash: string }>();
  let eventsChecked = 0;
  let sealsChecked = 0;
  let sealedUpTo = 0n;
  let cursor = 0;
  let lastSeen = 0n;
  let expected: Array<{ position: bigint; digest: string; sequence: number }> = [];
  const leavesOfSeal: Buffer[] = [];

  const closeSealIfComplete = () => {
    const next = expected[cursor];
    const current = expected[cursor - 1];
    if (!current || current.sequence <= sealsChecked || (next && next.sequence === current.sequence)) return;
    const record = options.seals[current.sequence - 1];
    if (merkleRoot(leavesOfSeal) !== record.seal.merkleRoot) {
      breakAt(BigInt(record.seal.fromPosition) + 1n, `the events of seal ${record.seal.sequence} do not hash to its signed Merkle root`);
    }
    leavesOfSeal.length = 0;
    sealedUpTo = current.position;
    sealsChecked++;
  };

  const checkEvent = (event: RecordedEvent) => {
    const position = event.globalPosition;
    lastSeen = position;
    const integrity = integrityOf(event);
    while (expected[cursor] && expected[cursor].position < position) {
      breakAt(expected[cursor].position, `the event sealed at position ${expected[cursor].position} is missing: it was deleted or moved`);
    }
    const sealed = expected[cursor];
    if (sealed && sealed.position === position) {
      if (!integrity || integrity.hash.slice(0, DIGEST_LENGTH) !== sealed.digest) {
        breakAt(position, `the event at position ${position} is not the one sealed there: it was altered or replaced`, event.streamId);
      }
      leavesOfSeal.push(merkleLeaf(position, integrity!.hash));
      cursor++;
    } else if (sealed) {
      breakAt(position, `an event was inserted at position ${position}, which no seal covers`, event.streamId);
    }
    const stream = streams.get(event.streamId);
    const expectedRevision = stream ? stream.revision + 1 : 0;
    if (event.streamRevision !== expectedRevision) {
      breakAt(position, `stream revision ${event.streamRevision} where ${expectedRevision} was expected: an event is missing, inserted or moved`, event.streamId);
    }
    if (!integrity) return breakAt(position, 'the event carries no integrity fields', event.streamId);
    const previousHash = stream?.hash ?? GENESIS_HASH;
    if (integrity.previousHash !== previousHash) breakAt(position, 'the event is not chained to the previous event of its stream', event.streamId);
    const recomputed = chainHash(previousHash, {
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      streamId: event.streamId,
      streamRevision: event.streamRevision,
      data: event.data,
      metadata: withoutIntegrity(event.metadata as unknown as Record<string, unknown>),
    });
    if (recomputed !== integrity.hash) breakAt(position, 'the event was altered after it was written: its hash does not match', event.streamId);
    streams.set(event.streamId, { revision: event.streamRevision, hash: integrity.hash });
    closeSealIfComplete();
  };

  try {
    const seals = checkSeals(options.seals, options.publicKey, options.anchor);
    expected = seals.expected;
    for (let after = 0n; ; ) {
      const slice = await readAll({ after, maxCount: options.batchSize ?? 5000 });
      for (const event of slice.events) {
        checkEvent(event);
        eventsChecked++;
      }
      options.onProgress?.(eventsChecked);
      if (slice.events.length === 0 || slice.scannedUpTo <= after) break;
      after = slice.scannedUpTo;
    }
    if (seals.truncated) {
      breakAt(lastSeen + 1n, `the log ends at position ${lastSeen}, but seal ${options.anchor!.sequence} attests events up to position ${options.anchor!.toPosition}: the log was truncated`);
    }
    if (expected[cursor]) {
      breakAt(expected[cursor].position, `the log ends before position ${expected[cursor].position}, which a seal covers: the log was truncated`);
    }
  } catch (error) {
    if (error instanceof Broken) {
      return { ok: false, eventsChecked, sealsChecked, sealedUpTo: sealedUpTo.toString(), firstBreak: error.historyBreak };
    }
    throw error;
  }
  return { ok: true, eventsChecked, sealsChecked, sealedUpTo: sealedUpTo.toString() };
}
