import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';
import type { ProjectionBatch } from '../rows/projection-batch';
import { readModelTable } from '../rows/read-model-table';

type Data = Record<string, any>;

/** Which deadline an event ends (met, overdue, or no longer running), if any. */
const ENDS: Record<string, Array<'accept' | 'answer'>> = {
  ConsultationAccepted: ['accept'],
  ConsultationDeclined: ['accept', 'answer'],
  ConsultationResponseOverdue: ['accept'],
  ConsultationOpinionOverdue: ['answer'],
  ConsultationOpinionSigned: ['answer'],
  ConsultationCancelled: ['accept', 'answer'],
  // Paused: the answer brings it back with the time that was left.
  ConsultationInformationRequested: ['answer'],
};

const deadlines = readModelTable(`CREATE TABLE IF NOT EXISTS consultation_deadlines (
       consultation_id TEXT NOT NULL, kind TEXT NOT NULL, due_at TEXT NOT NULL, PRIMARY KEY (consultation_id, kind))`);

/**
 * The deadlines still running, one row each, with the instant they fall due: what the deadline
 * watcher polls. Derived from the log like every read model, so a restart (or a rebuild) loses no
 * deadline, and every API process sees the same ones.
 */
export const consultationDeadlinesProjection: Projection = {
  name: 'consultation-deadlines',
  version: 1,
  schema: [
    deadlines.ddl,
    `CREATE INDEX IF NOT EXISTS consultation_deadlines_by_due ON consultation_deadlines (due_at)`,
  ],
  tables: [{ name: 'consultation_deadlines', orderBy: 'consultation_id, kind' }],
  eventTypes: ['ConsultationRequested', 'ConsultationInformationProvided', ...Object.keys(ENDS)],
  apply(event: RecordedEvent, batch: ProjectionBatch) {
    const data = event.data as Data;
    const rows = batch.rows(deadlines);
    const upsert = (kind: 'accept' | 'answer', dueAt: string) => rows.put({ consultation_id: data.consultationId, kind, due_at: dueAt });
    if (event.type === 'ConsultationRequested') {
      if (!data.clock) return;
      upsert('accept', data.clock.acceptBy);
      upsert('answer', data.clock.answerBy);
      return;
    }
    if (event.type === 'ConsultationInformationProvided') {
      if (data.answerBy) upsert('answer', data.answerBy);
      return;
    }
    for (const kind of ENDS[event.type] ?? []) {
      rows.delete([data.consultationId, kind]);
    }
  },
};

/** The deadlines due at or before `now`, earliest first. */
export function dueDeadlines(db: SqlExecutor, now: string, limit: number) {
  return db.all<{ consultationId: string; kind: 'accept' | 'answer'; dueAt: string }>(
    `SELECT consultation_id AS "consultationId", kind, due_at AS "dueAt" FROM consultation_deadlines
     WHERE due_at <= ? ORDER BY due_at, consultation_id, kind LIMIT ?`,
    [now, limit],
  );
}
