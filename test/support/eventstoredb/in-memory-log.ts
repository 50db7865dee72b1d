/**
 * The log behind the EventStoreDB test server: streams, the $all order and EventStoreDB's append rules
 * (expected revisions and idempotent re-sends), kept in memory. It knows nothing of gRPC.
 */

export interface ProposedEvent {
  eventId: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
}

export interface StoredEvent extends ProposedEvent {
  streamId: string;
  revision: number;
  /** .NET ticks (100 ns) since the Unix epoch: what EventStoreDB sends as `created`. */
  created: bigint;
  /** Log position of the record: EventStoreDB reports it as both commit and prepare position. */
  position: bigint;
}

export type Expectation =
  | { kind: 'any' }
  | { kind: 'no-stream' }
  | { kind: 'stream-exists' }
  | { kind: 'revision'; revision: bigint };

export type AppendOutcome =
  | { ok: true; currentRevision: number | undefined; position: bigint | undefined }
  | { ok: false; currentRevision: number | undefined };

/** A server-side $all filter as the Read RPC carries it. */
export interface LogFilterExpression {
  on: 'stream' | 'event-type';
  prefixes: string[];
  regex?: RegExp;
}

/** Real logs start with the epoch record and chunk headers; user events never sit at position 0. */
const FIRST_POSITION = 1024n;
const TICKS_PER_MILLISECOND = 10_000n;

export class InMemoryLog {
  /** Every record in $all order. */
  readonly events: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private nextPosition = FIRST_POSITION;
  private readonly appendListeners = new Set<() => void>();

  append(streamId: string, expectation: Expectation, proposed: ProposedEvent[]): AppendOutcome {
    const stream = this.streams.get(streamId) ?? [];
    const current = stream.length === 0 ? undefined : stream.length - 1;
    const holds =
      expectation.kind === 'any' ||
      (expectation.kind === 'no-stream' && current === undefined) ||
      (expectation.kind === 'stream-exists' && current !== undefined) ||
      (expectation.kind === 'revision' && current !== undefined && BigInt(current) === expectation.revision);
    const resent = idempotentResend(stream, expectation, proposed, holds);
    if (resent) return resent;
    if (!holds) return { ok: false, currentRevision: current };
    if (proposed.length === 0) return { ok: true, currentRevision: current, position: undefined };

    const created = BigInt(Date.now()) * TICKS_PER_MILLISECOND;
    for (const event of proposed) this.write(streamId, stream, event, created);
    this.streams.set(streamId, stream);
    this.appendListeners.forEach((listener) => listener());
    const last = stream[stream.length - 1];
    return { ok: true, currentRevision: last.revision, position: last.position };
  }

  /** `undefined` when the stream does not exist, as the server answers `stream_not_found`. */
  readStream(
    streamId: string,
    direction: 'forwards' | 'backwards',
    from: 'start' | 'end' | bigint,
    count: number,
  ): StoredEvent[] | undefined {
    const stream = this.streams.get(streamId);
    if (!stream) return undefined;
    if (direction === 'forwards') {
      const first = from === 'start' ? 0 : from === 'end' ? stream.length : Number(from);
      return stream.slice(first, first + count);
    }
    const last = from === 'end' ? stream.length - 1 : from === 'start' ? 0 : Math.min(Number(from), stream.length - 1);
    return stream.slice(Math.max(0, last - count + 1), last + 1).reverse();
  }

  /** Forwards from a position includes the record there; backwards returns the records before it. */
  readAll(
    direction: 'forwards' | 'backwards',
    from: 'start' | 'end' | bigint,
    count: number,
    filter?: LogFilterExpression,
  ): StoredEvent[] {
    const selected: StoredEvent[] = [];
    if (direction === 'forwards') {
      const first = from === 'start' ? 0 : from === 'end' ? this.events.length : this.indexAtOrAfter(from);
      for (let index = first; index < this.events.length && selected.length < count; index++) {
        if (!filter || matchesFilter(this.events[index], filter)) selected.push(this.events[index]);
      }
      return selected;
    }
    const last = from === 'end' ? this.events.length - 1 : from === 'start' ? -1 : this.indexAtOrAfter(from) - 1;
    for (let index = last; index >= 0 && selected.length < count; index--) {
      if (!filter || matchesFilter(this.events[index], filter)) selected.push(this.events[index]);
    }
    return selected;
  }

  /** Index of the first record at or after `position`. */
  indexAtOrAfter(position: bigint): number {
    let low = 0;
    let high = this.events.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.events[middle].position < position) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Index of the first record after `position`: where a subscription from a checkpoint resumes. */
  indexAfter(position: bigint): number {
    const index = this.indexAtOrAfter(position);
    return index < this.events.length && this.events[index].position === position ? index + 1 : index;
  }

  /** Registers a listener for appends; answers its removal. */
  onAppend(listener: () => void): () => void {
    this.appendListeners.add(listener);
    return () => void this.appendListeners.delete(listener);
  }

  private write(streamId: string, stream: StoredEvent[], event: ProposedEvent, created: bigint): void {
    const stored: StoredEvent = { ...event, streamId, revision: stream.length, created, position: this.nextPosition };
    stream.push(stored);
    this.events.push(stored);
    // Positions are byte offsets in a real transaction file: increasing, but not one apart.
    const size = 96 + Buffer.byteLength(streamId) + Buffer.byteLength(event.type) + event.data.length + event.customMetadata.length;
    this.nextPosition += BigInt(size + ((8 - (size % 8)) % 8));
  }
}

export function matchesFilter(event: StoredEvent, filter: LogFilterExpression): boolean {
  const subject = filter.on === 'stream' ? event.streamId : event.type;
  if (filter.prefixes.length > 0) return filter.prefixes.some((prefix) => subject.startsWith(prefix));
  return filter.regex ? filter.regex.test(subject) : true;
}

/**
 * EventStoreDB acknowledges a re-sent append (the same event ids, at the position the expectation
 * names) with the original result instead of writing the events twice.
 */
function idempotentResend(
  stream: StoredEvent[],
  expectation: Expectation,
  proposed: ProposedEvent[],
  expectationHolds: boolean,
): AppendOutcome | undefined {
  if (proposed.length === 0) return undefined;
  let first: number;
  if (expectation.kind === 'revision' || expectation.kind === 'no-stream') {
    if (expectationHolds) return undefined;
    first = expectation.kind === 'no-stream' ? 0 : Number(expectation.revision) + 1;
  } else {
    first = stream.findIndex((event) => event.eventId === proposed[0].eventId);
  }
  if (first < 0 || first + proposed.length > stream.length) return undefined;
  if (!proposed.every((event, index) => stream[first + index].eventId === event.eventId)) return undefined;
  const last = stream[first + proposed.length - 1];
  return { ok: true, currentRevision: last.revision, position: last.position };
}
