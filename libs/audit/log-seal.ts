import { canonicalJson } from './canonical-json';
import { sha256Hex } from './hash-chain';

export const SEAL_STREAM = 'audit-seals';
export const SEAL_EVENT_TYPE = 'LogSealed';

/** What a seal attests: the log between two positions had exactly these events, in this order. */
export interface SealBody {
  sequence: number;
  /** Exclusive: the previous seal's `toPosition` ("0" for the first seal). */
  fromPosition: string;
  /** Inclusive: the last position the seal covers. */
  toPosition: string;
  eventCount: number;
  /** The covered positions as runs of consecutive positions, `[first, last]`, in log order. */
  positions: Array<[string, string]>;
  /** The first 16 hex digits of each covered event's hash, concatenated in log order. */
  digests: string;
  merkleRoot: string;
  /** Hash of the previous seal (body and signature), chaining the seals themselves. */
  previousSealHash: string;
  keyId: string;
  algorithm: 'Ed25519';
  sealedAt: string;
}

export interface LogSeal extends SealBody {
  signature: string;
}

export function sealMessage(body: SealBody): string {
  return canonicalJson(body);
}

export function sealHash(seal: LogSeal): string {
  return sha256Hex(canonicalJson(seal));
}

export function sealBodyOf(seal: LogSeal): SealBody {
  const { signature: _signature, ...body } = seal;
  return body;
}

export const DIGEST_LENGTH = 16;

/** Positions as runs of consecutive numbers: [1,2,3,7,8] → [[1,3],[7,8]]. */
export function positionRuns(positions: bigint[]): Array<[string, string]> {
  const runs: Array<[bigint, bigint]> = [];
  for (const position of positions) {
    const last = runs[runs.length - 1];
    if (last && position === last[1] + 1n) last[1] = position;
    else runs.push([position, position]);
  }
  return runs.map(([first, last]) => [first.toString(), last.toString()]);
}

/** What a seal expects at each position it covers: position → hash digest, in log order. */
export function sealedEntries(seal: LogSeal): Array<{ position: bigint; digest: string }> {
  const entries: Array<{ position: bigint; digest: string }> = [];
  for (const [first, last] of seal.positions) {
    for (let position = BigInt(first); position <= BigInt(last); position++) {
      const index = entries.length;
      entries.push({ position, digest: seal.digests.slice(index * DIGEST_LENGTH, (index + 1) * DIGEST_LENGTH) });
    }
  }
  return entries;
}
