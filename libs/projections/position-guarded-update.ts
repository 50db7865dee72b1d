import type { SqlValue } from './read-model-store';
import type { BatchTable } from './rows/projection-batch';
import type { TableRow } from './rows/read-model-table';

/** Sets columns of one row and stamps it with when and at which log position it changed. */
export type RowUpdate<Row extends TableRow> = (changes: Partial<Row> | ((row: Readonly<Row>) => Partial<Row>), at: string) => Promise<void>;

/**
 * Updates of the row `id` of `rows` by the event at `position`. The row remembers the position of
 * the last event applied to it (`last_position`), and only a later event changes it, so an event
 * delivered again is a no-op.
 */
export function positionGuardedUpdate<Row extends TableRow>(rows: BatchTable<Row>, id: SqlValue, position: bigint): RowUpdate<Row> {
  return async (changes, at) => {
    await rows.update(id, (row) => {
      if (BigInt(row.last_position as number | bigint) >= position) return undefined;
      const set = typeof changes === 'function' ? changes(row) : changes;
      return { ...set, updated_at: at, last_position: position } as Partial<Row>;
    });
  };
}
