/**
 * Failures of the storage under a store, as opposed to refusals of a command: the database is out
 * of reach, or the disk is full or failing. The caller can do nothing about them but try again
 * later; the API answers 503 (unavailable) or 507 (full) with `Retry-After`, never 500.
 *
 * Classified by the drivers' error codes (duck-typed: errors of the native SQLite addon and of
 * the PostgreSQL, EventStoreDB and Kafka clients come from other modules), so that every adapter's
 * failure is recognised once, here.
 */
export type StoreFailureKind = 'unavailable' | 'full';

/** SQLSTATE classes and codes of a server that is going away, not yet there, or out of room. */
const POSTGRES_UNAVAILABLE = /^(08...|57P0[1-4]|53300|58...)$/;
const POSTGRES_FULL = new Set(['53100']);
/** Socket errors of a peer that is down or unreachable. */
const NETWORK_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** node-postgres reports a lost or unobtainable connection by message only. */
const LOST_CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Query read timeout',
];
/** The EventStoreDB client's errors for a server it cannot reach: their `type`, and their classes' names. */
const EVENTSTOREDB_UNAVAILABLE_TYPES = new Set(['unavailable', 'deadline-exceeded', 'not-leader']);
const EVENTSTOREDB_UNAVAILABLE = new Set(['UnavailableError', 'DeadlineExceededError', 'NotLeaderError']);
/** Kafka's client marks the errors worth retrying. */
const KAFKA_UNAVAILABLE = new Set(['KafkaJSConnectionError', 'KafkaJSNumberOfRetriesExceeded', 'KafkaJSRequestTimeoutError']);

interface ErrorFacts {
  code?: unknown;
  type?: unknown;
  name?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** What kind of storage failure `error` is, if it is one; looks through causes and aggregated errors. */
export function storeFailureOf(error: unknown, depth = 0): StoreFailureKind | undefined {
  if (typeof error !== 'object' || error === null || depth > 4) return undefined;
  const { code, type, name, message, cause, errors } = error as ErrorFacts;
  const className = (error as { constructor?: { name?: unknown } }).constructor?.name;
  if (typeof code === 'string') {
    // SQLite: SQLITE_FULL, and SQLITE_IOERR_* for a failing disk (writes refused, a full file system under the WAL).
    if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || POSTGRES_FULL.has(code)) return 'full';
    if (code.startsWith('SQLITE_IOERR') || code === 'EIO' || code === 'EROFS') return 'full';
    if (NETWORK_UNAVAILABLE.has(code) || POSTGRES_UNAVAILABLE.test(code)) return 'unavailable';
  }
  if (typeof type === 'string' && EVENTSTOREDB_UNAVAILABLE_TYPES.has(type)) return 'unavailable';
  for (const label of [name, className]) {
    if (typeof label === 'string' && (EVENTSTOREDB_UNAVAILABLE.has(label) || KAFKA_UNAVAILABLE.has(label))) return 'unavailable';
  }
  if (typeof message === 'string' && LOST_CONNECTION_MESSAGES.some((lost) => message.includes(lost))) return 'unavailable';
  if (Array.isArray(errors)) {
    for (const inner of errors) {
      const kind = storeFailureOf(inner, depth + 1);
      if (kind) return kind;
    }
  }
  return storeFailureOf(cause, depth + 1);
}
