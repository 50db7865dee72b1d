import { createHash } from 'node:crypto';

/** A leaf binds an event's chain hash to its position in the log. */
export function merkleLeaf(position: bigint, eventHash: string): Buffer {
  return createHash('sha256').update(`\x00${position.toString()}:${eventHash}`).digest();
}

function parent(left: Buffer, right: Buffer): Buffer {
  return createHash('sha256').update(Buffer.from([1])).update(left).update(right).digest();
}

/**
 * The Merkle root over leaves in log order (RFC 6962 style: leaf and node hashes are domain
 * separated; an odd node is promoted unchanged). The empty tree's root is the hash of nothing.
 */
export function merkleRoot(leaves: Buffer[]): string {
  if (leaves.length === 0) return createHash('sha256').digest('hex');
  let level = leaves;
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? parent(level[i], level[i + 1]) : level[i]);
    level = next;
  }
  return level[0].toString('hex');
}
