'use strict';
/** What a reader of the results must know to read them fairly; printed under the tables. */
function notesFor(results) {
  const notes = [
    'Ceilings: a plain prepared INSERT of the same rows into the same table (the adapter creates it, with its indexes and pragmas), one transaction per append; no revision check, no streams row, no locks. On PostgreSQL the INSERT loop sends one statement per event while the adapter sends a whole append as one statement, so for batches a second ceiling, one multi-row INSERT per append, is measured too; ratios are to the better of the two.',
    'Our SQLite store group-commits: the appends of one turn of the event loop share a transaction. One writer awaiting each append, as here, gets no company in its group: these rows are the cost of one append alone. Concurrent requests of the HTTP benchmark share their commits.',
    'Durability differs on SQLite: our store runs WAL with synchronous=NORMAL (no fsync per commit; a power cut may lose the last commits, never corrupts); Emmett 0.38.5 opens a new sqlite3 connection per call with SQLite\'s default synchronous=FULL (an fsync per commit) and does not set busy_timeout. On PostgreSQL both commit with the server\'s settings (listed above).',
    'Emmett (0.38.5 SQLite and 0.42.0 PostgreSQL) turns STREAM_DOES_NOT_EXIST into "no expectation" in its append (toExpectedVersion); ours checks every expected revision.',
    'Full stack = what the application stores through: EncryptingEventStore(ChainedEventStore(adapter)): the hash chain (a new stream starts from the genesis hash without a read), a patient data key created for every append (each names a new patient: the worst case, one key-store write per append; SQLite keeps keys with synchronous=FULL) and AES-256-GCM on the patient details and clinical text.',
    'Rebuild log: a programme generated through the application (CLI scenario), replicated with fresh ids to the requested size and written with plain SQL. Hash chain fields are copied (they do not verify), patient data is stored decrypted, seals are left out: none of it is read by the projections; a rebuild through the application also decrypts, which is not measured here. The Kafka rows use the start of the same log, and their projectors run without decryption for the same reason.',
    'Rebuild: six read models into an empty SQLite file, bulk-loaded (commits without waiting for the disk, batches of 5,000 events, secondary indexes built once caught up, index build included in the time). Read-and-fold: both sides read every event from the start, 2,000 per batch, and fold it into per-partnership counts in memory, writing nothing; Emmett\'s consumer also writes its checkpoint after every message.',
    'PostgreSQL read models (catch-up, Kafka projector): every statement of a projection is a round trip on the transaction\'s one connection, about four per event, so these rates are bound by the round-trip time, not by the work.',
    'Emmett PostgreSQL 0.42.0 reads its log ORDER BY transaction_id, global_position without an index on either: every batch scans the whole table, so its rate falls as the log grows.',
  ];
  if (results.logSize?.length) {
    notes.push(
      'Log size: the long log is the rebuild log in a data directory prepared once (logsize/prepare-data-dir.js): copied 1,000 events at a time, each slice sealed; read models rebuilt beforehand, so the server starts caught up; one run of the server on it first, so that deadlines passed since the programmes were generated are recorded before any measurement. Each run copies that directory and starts a server of its own; at the default durations the retention listing (60 s after start, then daily) falls outside the measured window.',
    );
  }
  const rebuild = results.rebuild.find((row) => row.label.startsWith('ours: rebuildReadModels'));
  if (rebuild && !rebuild.error && rebuild.met === false) {
    notes.push(
      'The rebuild rate target is missed. On 200,000 events (node --cpu-prof): about 40 % of the time in the SQL statements (2.65 rows per event: training attendance alone is 1.9 rows per event; an activity fact, an expert booking or a panel row costs 7 to 8 µs each, most of it the random-UUID primary keys), about 20 % reading and parsing the log, about 16 % COMMIT, about 10 % garbage collection. Row-at-a-time SQL puts the floor near 60,000 events/s on this machine; 100,000 needs the read models folded in memory and written once per row, which the memory target does not allow for 1,000,000 events.',
    );
  }
  if (results.http.some((row) => row.server === 'emmett' && !row.error)) {
    notes.push(
      'HTTP, Emmett on Express: the same body through emmett-expressjs (getApplication, on(...), CommandHandler) into emmett-sqlite 0.38.5, which opens and closes a sqlite3 connection for each read and each append (closing the last connection of a WAL file checkpoints it) and commits with synchronous=FULL. It checks no token and writes no audit chain, no patient key, no encryption and no read model, and reads no partnership or agreement (the request names a partnership it does not look up). Its store cannot take overlapping calls (they fail with SQLITE_MISUSE or hang), so the server gives it one call at a time; the odd commit still fails with SQLITE_BUSY ("SQL statements in progress"), counted as not 2xx.',
    );
  }
  const http = results.http.find((row) => row.server === 'command');
  if (http && !http.error && http.met === false) {
    notes.push(
      'The command route misses its share of the bare route. Profile of the server under this load: about 35 % in the command itself (the network streams read through a cache, the consultation decided, the hash chain, a new patient key, AES-GCM, the group commit), about 20 % in the in-process projection of the same events (read back, decrypted, six read models written), about 30 % in Fastify, Nest, class-validator and the token, the rest garbage collection. The bare route does none of this work.',
    );
  }
  if ((results.scale ?? []).length > 0) {
    notes.push(
      `Scale-out: every process of a row runs on the same ${results.machine.cpus} cores as PostgreSQL, the load generator (autocannon) or the mock Kafka cluster, and whatever else the machine is doing. A second or fourth process adds no core: the curve shows how the processes contend for the machine, not the ceiling of the design, which needs a core (or a machine) per process to show. The API processes project the log in-process (EVENT_BUS=inprocess): each reads and decrypts every event of the log, and whichever claims the checkpoint row first applies a batch while the others wait on the row and then skip it: the projection work is not divided between them, and the reading is repeated in each.`,
    );
  }
  return notes;
}

module.exports = { notesFor };
