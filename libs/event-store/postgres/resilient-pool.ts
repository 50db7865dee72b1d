import { Pool, type PoolConfig } from 'pg';

/** How long a query waits for a connection before failing, so that a request answers 503 well within its own timeout. */
export const CONNECT_TIMEOUT_MS = 3000;

/**
 * A pool that survives its server going away. pg's pool listens for errors only on idle
 * connections: one checked out when the server ends it (a restart, a failover,
 * `pg_terminate_backend`) emits an 'error' event nobody hears, which ends the process. Here every
 * connection is heard for its whole life; the query in flight fails on its own, the connection is
 * discarded when released, and the next checkout opens a new one.
 */
export function resilientPool(config: PoolConfig): Pool {
  const pool = new Pool({ connectionTimeoutMillis: CONNECT_TIMEOUT_MS, ...config });
  pool.on('error', () => undefined); // an idle connection that died: the pool drops it
  pool.on('connect', (client) => {
    client.on('error', () => undefined); // a checked-out connection that died: its query fails, its release discards it
  });
  return pool;
}
