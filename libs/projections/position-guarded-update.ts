import type { SqlExecutor, SqlValue } from './read-model-store';

/** Sets columns of one row and stamps it with when and at which log position it changed. */
export type RowUpdate = (assignments: string, values: SqlValue[], at: string) => void;

/**
 * Updates of the row `id` of `table` by the event at `position`. The row remembers the position of
 * the last event applied to it (`last_position`), and only a later event changes it, so an event
 * delivered again is a no-op.
 */
export function positionGuardedUpdate(db: SqlExecutor, table: string, id: string, position: bigint): RowUpdate {
  return (assignments, values, at) =>
    db.write(
      `UPDATE ${table} SET ${assignments}${assignments ? ', ' : ''}updated_at = ?, last_position = ? WHERE id = ? AND last_position < ?`,
      [...values, at, position, id, position],
    );
}
