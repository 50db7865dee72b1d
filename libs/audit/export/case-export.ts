import { NotFound } from '@telemed/domain/core';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { readSeals } from '../log-sealer';
import {
  CASE_EXPORT_FORMAT,
  caseStreamId,
  envelopeOf,
  sealListsPosition,
  sealRangeCovers,
  type CaseExportEvent,
  type CaseExportHeader,
  type CaseExportOptions,
  type CaseExportRecord,
  type CaseExportSeal,
} from './case-export.records';

export * from './case-export.records';
export * from './verify-case-export';

/**
 * The whole history of one case, ready to be checked away from the backbone: a header, every event
 * of the case's stream from its first revision with the seal that covers it, and those seals. A
 * seal whose range holds an event is included even when it does not list that event, so that an
 * event inserted behind a seal shows as such.
 */
export async function exportCaseHistory(
  store: Pick<EventStore, 'readStream'>,
  options: CaseExportOptions,
): Promise<CaseExportRecord[]> {
  const streamId = caseStreamId(options.kind, options.id);
  const events = await store.readStream(streamId);
  if (events.length === 0) throw new NotFound(options.kind, options.id);
  const seals = await readSeals(store);

  const included = new Map<number, CaseExportSeal>();
  const eventRecords = events.map((event): CaseExportEvent => {
    const covering = seals.find(({ seal }) => sealRangeCovers(seal, event.globalPosition));
    if (!covering) return { record: 'event', envelope: envelopeOf(event), proof: null };
    const sealPosition = covering.position.toString();
    included.set(covering.seal.sequence, { record: 'seal', position: sealPosition, seal: covering.seal });
    const proof = sealListsPosition(covering.seal, event.globalPosition) ? { sealSequence: covering.seal.sequence, sealPosition } : null;
    return { record: 'event', envelope: envelopeOf(event), proof };
  });

  const header: CaseExportHeader = {
    record: 'header',
    format: CASE_EXPORT_FORMAT,
    kind: options.kind,
    id: options.id,
    streamId,
    exportedAt: options.exportedAt ?? new Date().toISOString(),
    keyId: options.keyId,
    publicKey: options.publicKeyPem,
  };
  const sealRecords = [...included.values()].sort((a, b) => a.seal.sequence - b.seal.sequence);
  return [header, ...eventRecords, ...sealRecords];
}
