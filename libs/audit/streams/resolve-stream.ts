import { DomainError, NotFound } from '@telemed/domain/core';
import { caseReviewStreamId } from '@telemed/domain/case-review';
import { consultationStreamId } from '@telemed/domain/consultation';
import { expertStreamId } from '@telemed/domain/expert';
import { hospitalStreamId } from '@telemed/domain/hospital';
import { partnershipStreamId } from '@telemed/domain/partnership';
import { trainingSessionStreamId } from '@telemed/domain/training';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';

/** The stream of each aggregate whose id a caller may give in place of its stream id. */
const STREAM_OF_ID: ReadonlyArray<(id: string) => string> = [
  consultationStreamId,
  caseReviewStreamId,
  trainingSessionStreamId,
  hospitalStreamId,
  partnershipStreamId,
  expertStreamId,
];

/** A raw id whose events lie in more than one aggregate's stream: the caller must name the stream. */
export class AmbiguousStreamId extends DomainError {
  constructor(
    readonly id: string,
    readonly streamIds: string[],
  ) {
    super('conflict', 'ambiguous-stream-id', `${id} names more than one stream: ${streamIds.join(', ')}; ask for one of them by its stream id`, [], {
      id,
      streams: streamIds.join(', '),
    });
  }
}

export interface ResolvedStream {
  streamId: string;
  events: RecordedEvent[];
}

/**
 * The stream a caller means: the stream of that id when it holds events (`consultation-<id>`), else
 * the one aggregate stream of a raw id (a consultation's, a case review's, a hospital's...). NotFound
 * when neither holds an event; AmbiguousStreamId when the raw id has events in more than one.
 */
export async function resolveStream(store: Pick<EventStore, 'readStream'>, streamIdOrId: string): Promise<ResolvedStream> {
  const named = await store.readStream(streamIdOrId);
  if (named.length > 0) return { streamId: streamIdOrId, events: named };
  const candidates = await Promise.all(
    STREAM_OF_ID.map(async (streamOf) => ({ streamId: streamOf(streamIdOrId), events: await store.readStream(streamOf(streamIdOrId)) })),
  );
  const found = candidates.filter((candidate) => candidate.events.length > 0);
  if (found.length === 0) throw new NotFound('stream', streamIdOrId);
  if (found.length > 1) throw new AmbiguousStreamId(streamIdOrId, found.map((candidate) => candidate.streamId));
  return found[0];
}
