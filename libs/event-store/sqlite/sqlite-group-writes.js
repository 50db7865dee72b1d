'use strict';
/**
 * A group of writes in one `BEGIN IMMEDIATE` transaction, each inside a savepoint of its own: each
 * stays all-or-nothing and may fail alone, while the group shares one commit (the write-ahead log,
 * the locks, the sync). Answers each write's outcome, `{ value }` or `{ error }`; should the group
 * itself fail (its commit, the lock), it throws and nothing of the group was written.
 *
 * Plain JavaScript, because the writer thread (sqlite-writer.worker.js) runs it without a
 * TypeScript compiler; group-commit.ts runs it on the store's own thread.
 */
function prepareGroupWrites(db, write) {
  const inSavepoint = db.transaction(write);
  const group = db.transaction((works) =>
    works.map((work) => {
      try {
        return { value: inSavepoint(work) };
      } catch (error) {
        return { error };
      }
    }),
  );
  return (works) => group.immediate(works);
}

module.exports = { prepareGroupWrites };
