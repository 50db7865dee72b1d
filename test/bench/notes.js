'use strict';
/** What a reader of the results must know to read them fairly; printed under the tables. */
function notesFor(results) {
  const notes = [
    'Ceilings: a plain prepared INSERT of the same rows into the same table (the adapter creates it, with its indexes and pragmas), one transaction per append; no revision check, no streams row, no locks. On PostgreSQL the INSERT loop sends one statement per event while the adapter sends a whole append as one statement (unnest), so for batches a second ceiling, one multi-row INSERT per append, is measured too; ratios are to the better of the two.',
    'Full stack on PostgreSQL, batches: EncryptingEventStore asks the patient key store for the active key once per event (PostgresPatientKeyStore.activeKey: a transaction with an advisory lock and up to three statements each time), so a batch of 100 events makes about 500 extra round trips; the SQLite key store does the same work in-process. Looking the key up once per append would remove most of the gap to the bare adapter.',
    'Durability differs on SQLite: our store runs WAL with synchronous=NORMAL (no fsync per commit; a power cut may lose the last commits, never corrupts); Emmett 0.38.5 opens a new sqlite3 connection per call with SQLite\'s default synchronous=FULL (an fsync per commit) and does not set busy_timeout. On PostgreSQL both commit with the server\'s settings (listed above).',
    'Emmett (0.38.5 SQLite and 0.42.0 PostgreSQL) turns STREAM_DOES_NOT_EXIST into "no expectation" in its append (toExpectedVersion); ours checks every expected revision.',
    'Full stack = what the application stores through: EncryptingEventStore(ChainedEventStore(adapter)): a read of the stream head for the hash chain, a patient data key looked up or created (one per new patient: every append here names a new patient) and AES-256-GCM on the patient details and clinical text.',
    'Rebuild log: a programme generated through the application (CLI scenario), replicated with fresh ids to the requested size and written with plain SQL. Hash chain fields are copied (they do not verify), patient data is stored decrypted, seals are left out: none of it is read by the projections; a rebuild through the application also decrypts, which is not measured here.',
    'Read-and-fold: both sides read every event from the start, 2,000 per batch, and fold it into per-partnership counts in memory. Our rebuild writes six read models (about 4 SQL statements per event) and is not comparable with a fold; it is listed with it to show where the time goes. Emmett\'s consumer also writes its checkpoint after every message.',
    'Emmett PostgreSQL 0.42.0 reads its log ORDER BY transaction_id, global_position without an index on either: every batch scans the whole table, so its rate falls as the log grows.',
  ];
  const rebuild = results.rebuild.find((row) => row.label.startsWith('ours: rebuildReadModels'));
  if (rebuild && !rebuild.error && rebuild.met === false) {
    notes.push(
      'The rebuild target is missed. Profile (node --cpu-prof, 1M events): about 40 % of the time is COMMIT of the read-model transactions (writing the pages each batch dirtied: random-UUID keys spread the inserts over every index of six read models), about 25 % the filtered readAll of the SQLite adapter (3× slower than unfiltered: its plan takes the type index and sorts), about 23 % the SQL statements themselves (training attendance inserts one row per attendee, about 20 per AttendanceRecorded). What each fix would give: test/bench/README.md, Findings.',
    );
  }
  return notes;
}

module.exports = { notesFor };
