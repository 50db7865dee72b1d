import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** The previous hash of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** What the chain covers of an event: everything a writer decided, nothing the store assigns later. */
export interface ChainedContent {
  eventId: string;
  type: string;
  schemaVersion: number;
  streamId: string;
  streamRevision: number;
  data: unknown;
  /** The event's metadata without its `integrity` member. */
  metadata: Record<string, unknown>;
}

/** The audit-chain fields carried in every event's metadata. */
export interface EventIntegrity {
  previousHash: string;
  hash: string;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Hash of an event chained to the previous event of its stream. */
export function chainHash(previousHash: string, content: ChainedContent): string {
  return sha256Hex(`${previousHash}\n${canonicalJson(content)}`);
}

export function withoutIntegrity(metadata: Record<string, unknown>): Record<string, unknown> {
  const { integrity: _integrity, ...rest } = metadata;
  return rest;
}

/**
 * Chains a batch of new events onto a stream whose last event has `previousHash`, answering each
 * event's integrity fields in order.
 */
export function chainEvents(previousHash: string, contents: ChainedContent[]): EventIntegrity[] {
  let previous = previousHash;
  return contents.map((content) => {
    const hash = chainHash(previous, { ...content, metadata: withoutIntegrity(content.metadata) });
    const integrity = { previousHash: previous, hash };
    previous = hash;
    return integrity;
  });
}
