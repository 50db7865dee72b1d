import { randomUUID } from 'node:crypto';
import { localDate, BEIJING_TIME_ZONE } from '@telemed/domain/core';
import type { EventMetadata, NewEvent, RecordedEvent } from '@telemed/event-store/event-envelope';
import type { EventStore, ReadAllSlice } from '@telemed/event-store/event-store.port';
import { VersionConflict } from '@telemed/event-store/event-store.errors';
import { SqliteEventStore } from '@telemed/event-store/sqlite/sqlite-event-store';
import { ChainedEventStore } from '../chained-event-store';

export const ACCESS_EVENT_TYPE = 'PatientDetailsAccessed';
export const ACCESS_LOG_FILE = 'access-log.sqlite';

/**
 * `view` through the API, `download` of a case material's file, `export` of a case's history,
 * `replay` of the log decrypted on the command line.
 */
export type AccessAction = 'view' | 'download' | 'export' | 'replay';
export type AccessOutcome = 'allowed' | 'denied';
/** The kinds of case whose records carry patient details. */
export type PatientCaseKind = 'consultations' | 'case-reviews';

/** One read of one case's patient details, as the caller's request asked for it. */
export interface AccessAttempt {
  action: AccessAction;
  kind: PatientCaseKind;
  caseId: string;
  /** The case material downloaded, for a `download`. */
  materialId?: string;
  outcome: AccessOutcome;
}

/** The data of a `PatientDetailsAccessed` event: who, what, when, from where, and whether it was allowed. */
export interface PatientDetailsAccessed extends AccessAttempt {
  userId: string;
  role: string;
  hospitalId: string | null;
  sourceAddress: string | null;
  requestId: string | null;
  at: string;
}

/**
 * The day stream an access belongs to. Days are Beijing calendar days, the legal clock of the
 * programme, so a day's trail is what a regulator means by that day.
 */
export const accessStreamId = (at: string): string => `access-${localDate(at, BEIJING_TIME_ZONE)}`;

const MAX_APPEND_ATTEMPTS = 5;

/**
 * The tamper-evident trail of reads of patient details. It lives in an event store of its own,
 * hash-chained like the main log, so no read of a patient's record can be removed or altered
 * without detection, and so that recording reads never writes into the clinical history.
 */
export class AccessLog {
  /** Appends from this process are queued, so they never race each other for a stream revision. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    /** The trail's own event store; sealed and verified like the main log. */
    readonly store: EventStore,
    /** Accesses are stamped with the wall clock: when the read really happened, not a business time. */
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  /**
   * Opens (creating if missing) the trail in its own SQLite file, on a hash chain. Every read of
   * patient details appends to it, so its commits are synced at checkpoints, not one by one: a
   * power cut may take the last reads recorded (a killed process takes none), never a command.
   */
  static open(filePath: string): AccessLog {
    return new AccessLog(new ChainedEventStore(SqliteEventStore.open(filePath, { durable: false })));
  }

  /**
   * Records the accesses of one request, all at once; rejects when they could not be written,
   * and the caller must then refuse the read.
   */
  record(metadata: EventMetadata, attempts: AccessAttempt[]): Promise<void> {
    if (attempts.length === 0) return Promise.resolve();
    const run = this.queue.then(() => this.append(metadata, attempts));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The trail in log order, after `after`; only access events. */
  readAll(options: { after: bigint; maxCount: number }): Promise<ReadAllSlice> {
    return this.store.readAll({ ...options, filter: { eventTypes: [ACCESS_EVENT_TYPE] } });
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private async append(metadata: EventMetadata, attempts: AccessAttempt[]): Promise<void> {
    const at = this.now();
    const { integrity: _unchained, ...context } = metadata;
    const { actor } = context;
    const events = attempts.map(
      (attempt): NewEvent<PatientDetailsAccessed> => ({
        eventId: randomUUID(),
        type: ACCESS_EVENT_TYPE,
        schemaVersion: 1,
        data: {
          userId: actor.userId,
          role: actor.role,
          hospitalId: actor.hospitalId ?? null,
          action: attempt.action,
          kind: attempt.kind,
          caseId: attempt.caseId,
          ...(attempt.materialId !== undefined && { materialId: attempt.materialId }),
          outcome: attempt.outcome,
          sourceAddress: metadata.sourceAddress ?? null,
          requestId: metadata.requestId ?? null,
          at,
        },
        metadata: context,
      }),
    );
    for (let attempt = 1; ; attempt++) {
      try {
        // 'any': the chained store appends onto the revision it chained to, so a writer of another
        // process that got there first makes this a version conflict, and it is chained again.
        await this.store.appendToStream(accessStreamId(at), events, 'any');
        return;
      } catch (error) {
        if (!(error instanceof VersionConflict) || attempt >= MAX_APPEND_ATTEMPTS) throw error;
      }
    }
  }
}

/** The access recorded by an event of the trail, with its position in the trail. */
export function accessOf(event: RecordedEvent): PatientDetailsAccessed & { position: string } {
  return { position: event.globalPosition.toString(), ...(event.data as PatientDetailsAccessed) };
}
