import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';
import type { ProjectionBatch } from '../rows/projection-batch';
import { readModelTable } from '../rows/read-model-table';

type Data = Record<string, any>;

/** Which deadline an event ends (met, overdue, or no longer running), if any. */
const ENDS: Record<string, Array<'accept' | 'answer'>> = {
  InvitationAccepted: ['accept'],
  CaseReviewResponseOverdue: ['accept'],
  CaseReviewConclusionOverdue: ['answer'],
  CaseReviewConcluded: ['accept', 'answer'],
  CaseReviewCancelled: ['accept', 'answer'],
};

const deadlines = readModelTable(`CREATE TABLE IF NOT EXISTS case_review_deadlines (
       case_review_id TEXT NOT NULL, kind TEXT NOT NULL, due_at TEXT NOT NULL, PRIMARY KEY (case_review_id, kind))`);

/**
 * The case reviews' deadlines still running, one row each, with the instant they fall due: what
 * the deadline watcher polls beside the consultations'. Derived from the log like every read
 * model, so a restart (or a rebuild) loses none, and every API process sees the same ones.
 */
export const caseReviewDeadlinesProjection: Projection = {
  name: 'case-review-deadlines',
  version: 1,
  schema: [
    deadlines.ddl,
    `CREATE INDEX IF NOT EXISTS case_review_deadlines_by_due ON case_review_deadlines (due_at)`,
  ],
  tables: [{ name: 'case_review_deadlines', orderBy: 'case_review_id, kind' }],
  eventTypes: ['CaseReviewRequested', ...Object.keys(ENDS)],
  apply(event: RecordedEvent, batch: ProjectionBatch) {
    const data = event.data as Data;
    const rows = batch.rows(deadlines);
    if (event.type === 'CaseReviewRequested') {
      if (!data.clock) return;
      // A request delivered again finds its deadlines there and leaves them as they are.
      rows.insertIfAbsent({ case_review_id: data.caseReviewId, kind: 'accept', due_at: data.clock.acceptBy });
      rows.insertIfAbsent({ case_review_id: data.caseReviewId, kind: 'answer', due_at: data.clock.answerBy });
      return;
    }
    for (const kind of ENDS[event.type] ?? []) {
      rows.delete([data.caseReviewId, kind]);
    }
  },
};

/** The case reviews' deadlines due at or before `now`, earliest first. */
export function dueCaseReviewDeadlines(db: SqlExecutor, now: string, limit: number) {
  return db.all<{ caseReviewId: string; kind: 'accept' | 'answer'; dueAt: string }>(
    `SELECT case_review_id AS "caseReviewId", kind, due_at AS "dueAt" FROM case_review_deadlines
     WHERE due_at <= ? ORDER BY due_at, case_review_id, kind LIMIT ?`,
    [now, limit],
  );
}
