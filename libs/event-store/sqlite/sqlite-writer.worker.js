'use strict';
/**
 * The writer thread of a SQLite event store (sqlite-writer-thread.ts starts it): its own connection
 * to the store's file commits the groups of appends the store posts, one group at a time, so that
 * the store's thread goes on serving while a commit waits for the disk to sync.
 *
 * A group is written as sqlite-group-writes.js writes one: each append all-or-nothing, one commit for
 * all. The answer lists each append's outcome; should the group itself fail (its commit, the lock),
 * the answer says so and nothing of the group was written.
 */
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const { prepareAppendWrites } = require('./sqlite-append-writes');
const { prepareGroupWrites } = require('./sqlite-group-writes');

const db = new Database(workerData.filePath);
for (const pragma of workerData.pragmas) db.pragma(pragma);
const writeGroup = prepareGroupWrites(db, prepareAppendWrites(db));

parentPort.on('message', (message) => {
  if (message.close) {
    db.close();
    parentPort.close();
    return;
  }
  let outcomes;
  try {
    outcomes = writeGroup(message.appends);
  } catch (error) {
    parentPort.postMessage({ failed: describe(error) });
    return;
  }
  parentPort.postMessage({ outcomes: outcomes.map((outcome) => ('value' in outcome ? { written: outcome.value } : { error: describe(outcome.error) })) });
});

/** What crosses back to the store of an error: a refusal's data, or a driver error's name, code and message. */
function describe(error) {
  if (error && error.refusal) return { refusal: error.refusal };
  return { name: error?.name, code: error?.code, message: String(error?.message ?? error) };
}
