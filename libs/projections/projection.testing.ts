import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Decider, DomainEvent } from '@telemed/domain/core';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from './projection';
import { applyProjections, createProjectionSchema } from './projection-runner';
import { SqliteReadModelStore } from './sqlite/sqlite-read-model-store';

/**
 * An in-memory history for projection specs: commands are decided by the real deciders on the
 * stream's folded state, and the events are recorded with stream revisions and global positions.
 */
export class RecordedHistory {
  private readonly events: RecordedEvent[] = [];

  /** Decides `command` on the current state of `streamId` and records the events it produces. */
  decide<Command, Event extends DomainEvent, State>(
    streamId: string,
    decider: Decider<Command, Event, State>,
    command: Command,
  ): RecordedEvent[] {
    const past = this.events.filter((event) => event.streamId === streamId);
    const state = past.reduce((current, event) => decider.evolve(current, { type: event.type, data: event.data } as Event), decider.initialState());
    return this.record(streamId, decider.decide(command, state));
  }

  record(streamId: string, events: DomainEvent[]): RecordedEvent[] {
    const revision = this.events.filter((event) => event.streamId === streamId).length;
    const recorded = events.map((event, index): RecordedEvent => {
      const position = this.events.length + index + 1;
      return {
        eventId: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
        type: event.type,
        schemaVersion: 1,
        data: event.data,
        metadata: { actor: { userId: 'spec', role: 'system' }, correlationId: `spec-${position}` },
        streamId,
        streamRevision: revision + index,
        globalPosition: BigInt(position),
        recordedAt: new Date(Date.UTC(2026, 0, 1) + position * 1000).toISOString(),
      };
    });
    this.events.push(...recorded);
    return recorded;
  }

  get all(): RecordedEvent[] {
    return [...this.events];
  }
}

export interface ProjectionTestbed {
  readModels: SqliteReadModelStore;
  /** Applies events in one transaction, as the projection runner does with a batch. */
  apply(events: readonly RecordedEvent[]): Promise<void>;
  close(): Promise<void>;
}

/** A SQLite read-model store on a fresh temporary file with the projections' schema. */
export async function openProjectionTestbed(projections: readonly Projection[]): Promise<ProjectionTestbed> {
  const dir = await mkdtemp(join(tmpdir(), 'telemed-projection-'));
  const readModels = SqliteReadModelStore.open(join(dir, 'read-models.sqlite'));
  await createProjectionSchema(readModels, projections);
  return {
    readModels,
    apply: (events) => readModels.transaction((tx) => applyProjections(projections, [...events], tx)),
    close: async () => {
      await readModels.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
