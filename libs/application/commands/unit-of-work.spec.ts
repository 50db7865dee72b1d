import { randomUUID } from 'node:crypto';
import type { Decider, DomainEvent } from '@telemed/domain/core';
import type { NewEvent } from '@telemed/event-store/event-envelope';
import { VersionConflict } from '@telemed/event-store/event-store.errors';
import type { EventStore, ExpectedRevision, StreamAppend } from '@telemed/event-store/event-store.port';
import { SqliteEventStore } from '@telemed/event-store/sqlite/sqlite-event-store';
import { CompensationFailed } from './compensation-saga';
import { executeCommand } from './execute-command';
import { StreamStateCache } from './stream-state-cache';
import type { UnitOfWork } from './unit-of-work';

/** A room held by at most one booking: a calendar in miniature. */
type RoomEvent = DomainEvent<'RoomHeld' | 'RoomFreed', { bookingId: string; reason?: string }>;
type RoomState = { heldBy?: string };
const room: Decider<{ hold?: string; free?: string; reason?: string }, RoomEvent, RoomState> = {
  initialState: () => ({}),
  evolve: (state, event) => (event.type === 'RoomHeld' ? { heldBy: event.data.bookingId } : {}),
  decide: (command, state) => {
    if (command.hold) {
      if (state.heldBy && state.heldBy !== command.hold) throw new Error(`the room is held by ${state.heldBy}`);
      return state.heldBy ? [] : [{ type: 'RoomHeld', data: { bookingId: command.hold } }];
    }
    return state.heldBy === command.free ? [{ type: 'RoomFreed', data: { bookingId: command.free!, reason: command.reason } }] : [];
  },
};
const noteDecider: Decider<string, DomainEvent, number> = {
  initialState: () => 0,
  evolve: (count) => count + 1,
  decide: (note) => [{ type: 'NoteAdded', data: { note } }],
};
const metadata = { actor: { userId: 'coordinator-1', role: 'coordinator' as const }, correlationId: 'c-1' };

/** Books `room-1` for `bookingId` and notes it on the case, the way a booking handler does. */
async function bookRoom(unitOfWork: UnitOfWork, bookingId: string, caseId = `case-${bookingId}`) {
  const held = await unitOfWork.load('room-1', room);
  unitOfWork.record(held, room.decide({ hold: bookingId }, held.state), {
    compensate: (current, reason) => (current.heldBy === bookingId ? room.decide({ free: bookingId, reason }, current) : []),
  });
  await unitOfWork.decide(caseId, noteDecider, `booked ${bookingId}`);
}

/** SQLite made to behave like EventStoreDB: no multi-stream transaction, plus a way to fail an append. */
class NonAtomicStore implements EventStore {
  readonly supportsAtomicMultiStreamAppend = false;
  readonly appended: string[] = [];
  failNext?: { streamId: string; error: () => Error };
  beforeAppend?: (streamId: string) => Promise<void>;

  constructor(readonly inner = SqliteEventStore.open(':memory:')) {}

  async appendToStream(streamId: string, events: NewEvent[], expected: ExpectedRevision) {
    await this.beforeAppend?.(streamId);
    if (this.failNext?.streamId === streamId) {
      const { error } = this.failNext;
      this.failNext = undefined;
      throw error();
    }
    const result = await this.inner.appendToStream(streamId, events, expected);
    this.appended.push(...events.map((event) => `${streamId}:${event.type}`));
    return result;
  }
  async appendToStreams(appends: StreamAppend[]) {
    const results = [];
    for (const append of appends) results.push(await this.appendToStream(append.streamId, append.events, append.expectedRevision));
    return results;
  }
  readStream: EventStore['readStream'] = (...args) => this.inner.readStream(...args);
  readAll: EventStore['readAll'] = (...args) => this.inner.readAll(...args);
  subscribeToAll: EventStore['subscribeToAll'] = (...args) => this.inner.subscribeToAll(...args);
  headPosition: EventStore['headPosition'] = () => this.inner.headPosition();
  close = () => this.inner.close();
}

describe('a unit of work on a store without multi-stream transactions (the saga)', () => {
  let store: NonAtomicStore;
  beforeEach(() => {
    store = new NonAtomicStore();
  });
  afterEach(() => store.close());
  const types = async (streamId: string) => (await store.readStream(streamId)).map((event) => event.type);

  it('appends the reservation before the case, whatever order they were recorded in', async () => {
    await executeCommand(store, metadata, async (unitOfWork) => {
      await unitOfWork.decide('case-a', noteDecider, 'first the case');
      const held = await unitOfWork.load('room-1', room);
      unitOfWork.record(held, room.decide({ hold: 'a' }, held.state), { compensate: () => [] });
    });
    expect(store.appended).toEqual(['room-1:RoomHeld', 'case-a:NoteAdded']);
  });

  it('when the case cannot be appended, the reservation is undone and the error reaches the caller', async () => {
    store.failNext = { streamId: 'case-a', error: () => new Error('the disk is full') };
    await expect(executeCommand(store, metadata, (unitOfWork) => bookRoom(unitOfWork, 'a'))).rejects.toThrow('the disk is full');
    expect(await types('room-1')).toEqual(['RoomHeld', 'RoomFreed']);
    const [, freed] = await store.readStream('room-1');
    expect(freed.data).toEqual({ bookingId: 'a', reason: 'compensation: case-a was not written (the disk is full)' });
    expect(await types('case-a')).toEqual([]);
  });

  it('a version conflict on the case undoes the reservation and the command is decided again', async () => {
    store.failNext = { streamId: 'case-a', error: () => new VersionConflict('case-a', 'no-stream', 0) };
    await executeCommand(store, metadata, (unitOfWork) => bookRoom(unitOfWork, 'a'));
    expect(await types('room-1')).toEqual(['RoomHeld', 'RoomFreed', 'RoomHeld']);
    expect(await types('case-a')).toEqual(['NoteAdded']);
  });

  it('of two commands racing for the reservation, the loser writes nothing and is refused on its retry', async () => {
    let bothRead: () => void = () => undefined;
    const readByBoth = new Promise<void>((resolve) => (bothRead = resolve));
    let waiting = 0;
    store.beforeAppend = async (streamId) => {
      if (streamId === 'room-1' && ++waiting <= 2) {
        if (waiting === 2) bothRead();
        await readByBoth;
      }
    };
    const outcomes = await Promise.allSettled(['a', 'b'].map((id) => executeCommand(store, metadata, (unitOfWork) => bookRoom(unitOfWork, id))));
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const loser = outcomes.findIndex((outcome) => outcome.status === 'rejected') === 0 ? 'a' : 'b';
    expect((outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult).reason.message).toMatch(/is held by/);
    expect(await types('room-1')).toEqual(['RoomHeld']);
    expect(await types(`case-${loser}`)).toEqual([]);
  });

  it('an undo is decided on the reservation as it is now and leaves alone what another command changed', async () => {
    store.failNext = { streamId: 'case-a', error: () => new Error('the disk is full') };
    const roomEvent = (type: string, bookingId: string): NewEvent => ({ eventId: randomUUID(), type, schemaVersion: 1, data: { bookingId }, metadata });
    store.beforeAppend = async (streamId) => {
      // Between this command's reservation and its case, another command frees the room and takes it.
      if (streamId === 'case-a') {
        await store.inner.appendToStream('room-1', [roomEvent('RoomFreed', 'a')], 0);
        await store.inner.appendToStream('room-1', [roomEvent('RoomHeld', 'b')], 1);
      }
    };
    await expect(executeCommand(store, metadata, (unitOfWork) => bookRoom(unitOfWork, 'a'))).rejects.toThrow('the disk is full');
    expect((await store.readStream('room-1')).map((event) => [event.type, (event.data as { bookingId: string }).bookingId])).toEqual([
      ['RoomHeld', 'a'],
      ['RoomFreed', 'a'],
      ['RoomHeld', 'b'],
    ]);
  });

  it('an undo that cannot be written is reported together with the failure it answered', async () => {
    store.failNext = { streamId: 'case-a', error: () => new Error('the disk is full') };
    store.beforeAppend = async (streamId) => {
      if (streamId === 'room-1' && store.appended.length > 0) throw new Error('the network is down');
    };
    const error = await executeCommand(store, metadata, (unitOfWork) => bookRoom(unitOfWork, 'a')).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(CompensationFailed);
    expect((error as CompensationFailed).message).toMatch(/case-a failed \(the disk is full\).*the network is down/);
  });

  it('refuses, before writing anything, two streams that could not be undone', async () => {
    const attempt = executeCommand(store, metadata, async (unitOfWork) => {
      await unitOfWork.decide('case-a', noteDecider, 'one');
      await unitOfWork.decide('case-b', noteDecider, 'two');
    });
    await expect(attempt).rejects.toThrow(/at most one stream without a compensation/);
    expect(store.appended).toEqual([]);
  });
});

describe('a unit of work on an atomic store', () => {
  it('appends every stream in one transaction, in the order recorded, and never compensates', async () => {
    const store = SqliteEventStore.open(':memory:');
    try {
      await executeCommand(store, metadata, async (unitOfWork) => {
        await unitOfWork.decide('case-a', noteDecider, 'first the case');
        await bookRoom(unitOfWork, 'a', 'case-b');
      });
      expect((await store.readAll()).events.map((event) => event.streamId)).toEqual(['case-a', 'room-1', 'case-b']);
    } finally {
      await store.close();
    }
  });
});

describe('commands reading through a stream state cache', () => {
  const cache = new StreamStateCache((streamId) => streamId.startsWith('room-'));
  let store: SqliteEventStore;
  beforeEach(() => {
    store = SqliteEventStore.open(':memory:');
  });
  afterEach(() => store.close());
  const holderSeenByACommand = () =>
    executeCommand(store, metadata, async (unitOfWork) => (await unitOfWork.load('room-1', room)).state.heldBy, { cache });

  it('see what another writer appended after the state was cached, and decide on it', async () => {
    await executeCommand(store, metadata, (unitOfWork) => bookRoom(unitOfWork, 'a'), { cache });
    expect((await holderSeenByACommand()).result).toBe('a');
    // Another process frees the room and books it again, bypassing this cache.
    await store.appendToStream('room-1', [{ eventId: randomUUID(), type: 'RoomFreed', schemaVersion: 1, data: { bookingId: 'a' }, metadata }], 0);
    await store.appendToStream('room-1', [{ eventId: randomUUID(), type: 'RoomHeld', schemaVersion: 1, data: { bookingId: 'b' }, metadata }], 1);
    expect((await holderSeenByACommand()).result).toBe('b');
    await expect(executeCommand(store, metadata, (unitOfWork) => bookRoom(unitOfWork, 'c'), { cache })).rejects.toThrow('the room is held by b');
  });

  it('keep no state of streams it is not allowed to hold', () => {
    cache.set('case-a', room, { heldBy: 'a' }, 0);
    expect(cache.get('case-a', room)).toBeUndefined();
  });
});

describe('a unit of work starting a stream under a new id', () => {
  it('writes a second history under an id that exists after all as a version conflict, never as a merge', async () => {
    const store = SqliteEventStore.open(':memory:');
    await executeCommand(store, metadata, async (unitOfWork) => void unitOfWork.start('case-1', noteDecider, 'first'));
    await expect(executeCommand(store, metadata, async (unitOfWork) => void unitOfWork.start('case-1', noteDecider, 'second'))).rejects.toBeInstanceOf(
      VersionConflict,
    );
    expect((await store.readStream('case-1')).map((event) => event.data)).toEqual([{ note: 'first' }]);
    await store.close();
  });
});

describe('a unit of work consulting a stream twice', () => {
  it('reads it once, so both consultations see the same revision even if another writer appends in between', async () => {
    const store = SqliteEventStore.open(':memory:');
    await executeCommand(store, metadata, (unitOfWork) => bookRoom(unitOfWork, 'a'));
    const readStream = jest.spyOn(store, 'readStream');
    const { result } = await executeCommand(store, metadata, async (unitOfWork) => {
      const first = await unitOfWork.load('room-1', room);
      await store.appendToStream('room-1', [{ eventId: randomUUID(), type: 'RoomFreed', schemaVersion: 1, data: { bookingId: 'a' }, metadata }], 0);
      const second = await unitOfWork.load('room-1', room);
      return [first, second].map((loaded) => [loaded.state.heldBy, loaded.expectedRevision]);
    });
    expect(result).toEqual([
      ['a', 0],
      ['a', 0],
    ]);
    expect(readStream.mock.calls.filter(([streamId]) => streamId === 'room-1')).toHaveLength(1);
    await store.close();
  });
});
