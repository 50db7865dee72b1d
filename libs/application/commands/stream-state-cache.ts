import type { Decider, DomainEvent } from '@telemed/domain/core';

export type Fold = Pick<Decider<unknown, DomainEvent, unknown>, 'evolve' | 'initialState' | 'summaryEventType'>;

interface CachedState {
  fold: Fold;
  state: unknown;
  /** Revision of the last event folded into `state`. */
  revision: number;
}

const DEFAULT_CAPACITY = 10_000;

/**
 * Folded states of the streams most commands read but few write (hospitals, partnerships,
 * experts' calendars), so that a command reads only the events appended since, usually none.
 * It never answers a state without that read, so what another process appended is always seen;
 * it only saves parsing and folding the older events again. The least recently used stream is
 * forgotten first. `holds` says which streams it may keep: streams of patient cases are not
 * kept, so their details live no longer in memory than a command needs them.
 */
export class StreamStateCache {
  private readonly entries = new Map<string, CachedState>();

  constructor(
    readonly holds: (streamId: string) => boolean,
    private readonly capacity = DEFAULT_CAPACITY,
  ) {}

  /** The cached state of the stream if it was folded by `fold`. */
  get(streamId: string, fold: Fold): { state: unknown; revision: number } | undefined {
    const entry = this.entries.get(streamId);
    if (!entry || entry.fold !== fold) return undefined;
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    return entry;
  }

  set(streamId: string, fold: Fold, state: unknown, revision: number): void {
    if (!this.holds(streamId)) return;
    this.entries.delete(streamId);
    this.entries.set(streamId, { fold, state, revision });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
