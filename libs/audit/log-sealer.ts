import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EventStore } from '@telemed/event-store/event-store.port';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { GENESIS_HASH, type EventIntegrity } from './hash-chain';
import { merkleLeaf, merkleRoot } from './merkle';
import { DIGEST_LENGTH, LogSeal, positionRuns, SEAL_EVENT_TYPE, SEAL_STREAM, SealBody, sealHash, sealMessage } from './log-seal';
import type { SealSigner } from './signing-keys';

export function integrityOf(event: RecordedEvent): EventIntegrity | undefined {
  return (event.metadata as { integrity?: EventIntegrity }).integrity;
}

export async function lastSeal(store: EventStore): Promise<{ seal: LogSeal; revision: number } | undefined> {
  const [event] = await store.readStream(SEAL_STREAM, { direction: 'backwards', maxCount: 1 });
  return event ? { seal: event.data as LogSeal, revision: event.streamRevision } : undefined;
}

/**
 * Seals the log up to its head: a Merkle root over (position, event hash) of every event since the
 * previous seal, signed with Ed25519 and appended to the log itself as a `LogSealed` event. The
 * latest seal is also written to `anchorFile`, outside the store, so a truncated log is detected.
 * Answers undefined when nothing but the previous seal was written since.
 */
export async function sealLog(
  store: EventStore,
  signer: SealSigner,
  options: { now: string; anchorFile?: string; batchSize?: number },
): Promise<LogSeal | undefined> {
  const previous = await lastSeal(store);
  const fromPosition = BigInt(previous?.seal.toPosition ?? '0');
  const head = await store.headPosition();
  const leaves: Buffer[] = [];
  const positions: bigint[] = [];
  let digests = '';
  let toPosition = fromPosition;
  let substantive = 0;
  for (let after = fromPosition; after < head; ) {
    const slice = await store.readAll({ after, maxCount: options.batchSize ?? 5000 });
    for (const event of slice.events) {
      if (event.globalPosition > head) break;
      const hash = integrityOf(event)?.hash ?? GENESIS_HASH;
      leaves.push(merkleLeaf(event.globalPosition, hash));
      positions.push(event.globalPosition);
      digests += hash.slice(0, DIGEST_LENGTH);
      toPosition = event.globalPosition;
      if (event.streamId !== SEAL_STREAM) substantive++;
    }
    if (slice.events.length === 0 || slice.scannedUpTo <= after) break;
    after = slice.scannedUpTo;
  }
  if (substantive === 0) return undefined;
  const body: SealBody = {
    sequence: (previous?.seal.sequence ?? 0) + 1,
    fromPosition: fromPosition.toString(),
    toPosition: toPosition.toString(),
    eventCount: leaves.length,
    positions: positionRuns(positions),
    digests,
    merkleRoot: merkleRoot(leaves),
    previousSealHash: previous ? sealHash(previous.seal) : GENESIS_HASH,
    keyId: signer.keyId,
    algorithm: 'Ed25519',
    sealedAt: options.now,
  };
  const seal: LogSeal = { ...body, signature: signer.sign(sealMessage(body)) };
  await store.appendToStream(
    SEAL_STREAM,
    [
      {
        eventId: randomUUID(),
        type: SEAL_EVENT_TYPE,
        schemaVersion: 1,
        data: seal,
        metadata: { actor: { userId: 'audit-sealer', role: 'system' }, correlationId: `seal-${body.sequence}` },
      },
    ],
    previous ? previous.revision : 'no-stream',
  );
  if (options.anchorFile) writeAnchor(options.anchorFile, seal);
  return seal;
}

function writeAnchor(file: string, seal: LogSeal): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(seal, null, 2)}\n`);
  renameSync(temporary, file);
}

/** Every seal in the log, in order, with the position of the seal event itself. */
export async function readSeals(store: Pick<EventStore, 'readStream'>) {
  const events = await store.readStream(SEAL_STREAM);
  return events.filter((event) => event.type === SEAL_EVENT_TYPE).map((event) => ({ seal: event.data as LogSeal, position: event.globalPosition }));
}
