import { createHash } from 'node:crypto';
import { NewerSchemaVersion } from '../event-store.errors';
import { escapeIdentifier, type PoolClient } from 'pg';

/** The highest migration this build knows; recorded per schema in `schema_migrations`. */
export const POSTGRES_EVENT_STORE_SCHEMA_VERSION = 2;

/** This component's rows in `schema_migrations`, which other components of the schema may share. */
const MIGRATION_COMPONENT = 'event-store';

/** One migration per schema version; index i takes a schema from version i to i + 1. `$S` is the quoted schema. */
const MIGRATIONS: readonly { description: string; sql: string }[] = [
  {
    description: 'events and streams',
    sql: `
    CREATE TABLE $S.events (
      global_position BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      event_id        UUID        NOT NULL UNIQUE,
      stream_id       TEXT        NOT NULL,
      stream_revision INT         NOT NULL,
      type            TEXT        NOT NULL,
      schema_version  INT         NOT NULL,
      data            JSONB       NOT NULL,
      metadata        JSONB       NOT NULL,
      recorded_at     TIMESTAMPTZ NOT NULL,
      transaction_id  XID8        NOT NULL DEFAULT pg_current_xact_id(),
      UNIQUE (stream_id, stream_revision)
    );
    CREATE INDEX events_by_type ON $S.events (type, global_position);
    CREATE TABLE $S.streams (
      stream_id TEXT PRIMARY KEY,
      revision  INT  NOT NULL
    );
    -- Inserts a batch while holding the position lock (see postgres-statements.ts), so that no
    -- network round trip happens inside it, then moves its streams' revisions. On an error the lock
    -- stays with the session, and the caller releases it after ROLLBACK. The recording time is read
    -- under the lock too, so that it never decreases along the log; whole milliseconds, so that the
    -- ISO string a reader gets is exactly what is stored.
    CREATE FUNCTION $S.insert_events_in_position_order(
      position_lock BIGINT, event_ids UUID[], stream_ids TEXT[], revisions INT[], types TEXT[],
      schema_versions INT[], data TEXT[], metadata TEXT[], moved_streams TEXT[], moved_revisions INT[]
    ) RETURNS TABLE (appended_event UUID, appended_position BIGINT) LANGUAGE plpgsql AS $body$
    DECLARE
      recorded TIMESTAMPTZ;
    BEGIN
      PERFORM pg_advisory_lock(position_lock);
      recorded := date_trunc('milliseconds', clock_timestamp());
      RETURN QUERY
        INSERT INTO $S.events
          (event_id, stream_id, stream_revision, type, schema_version, data, metadata, recorded_at)
        SELECT batch.event_id, batch.stream_id, batch.stream_revision, batch.type, batch.schema_version,
               batch.data::jsonb, batch.metadata::jsonb, recorded
        FROM unnest(event_ids, stream_ids, revisions, types, schema_versions, data, metadata)
          WITH ORDINALITY AS batch (event_id, stream_id, stream_revision, type, schema_version, data, metadata, ordinal)
        ORDER BY batch.ordinal
        RETURNING events.event_id, events.global_position;
      PERFORM pg_advisory_unlock(position_lock);
      INSERT INTO $S.streams (stream_id, revision)
        SELECT * FROM unnest(moved_streams, moved_revisions)
        ON CONFLICT ON CONSTRAINT streams_pkey DO UPDATE SET revision = EXCLUDED.revision;
    END
    $body$;
    `,
  },
  {
    description: 'appends in one statement',
    sql: `
    -- A whole append in one statement, so that an append is one round trip and, outside an explicit
    -- transaction, commits on its own. In order: the streams' locks (sorted keys, before the
    -- transaction has an id); each append's expectation against the revisions as the appends before
    -- it in the call leave them (SQLSTATE TE409 and a JSON detail on a conflict, before anything is
    -- written); the events in the order given under the position lock (see postgres-statements.ts),
    -- an event id already in the log failing the call as a unique violation once the lock is released;
    -- the streams' new revisions. Answers each append's revision after it and each event's position.
    -- insert_events_in_position_order stays for processes of the previous release during an upgrade.
    CREATE FUNCTION $S.append_to_streams(
      stream_namespace INT, lock_keys INT[], position_lock BIGINT,
      append_streams TEXT[], append_expectations TEXT[], append_counts INT[],
      event_ids UUID[], types TEXT[], schema_versions INT[], data TEXT[], metadata TEXT[],
      OUT revisions_after INT[], OUT positions BIGINT[]
    ) LANGUAGE plpgsql AS $body$
    DECLARE
      initial JSONB;
      revisions JSONB;
      stream TEXT;
      expected TEXT;
      revision INT;
      event_streams TEXT[] := '{}';
      recorded TIMESTAMPTZ;
      inserted UUID[];
      duplicate UUID;
    BEGIN
      PERFORM pg_advisory_xact_lock(stream_namespace, key) FROM unnest(lock_keys) AS key;
      SELECT COALESCE(jsonb_object_agg(current.stream_id, current.revision), '{}') INTO initial
        FROM $S.streams AS current WHERE current.stream_id = ANY (append_streams);
      revisions := initial;
      revisions_after := '{}';
      FOR i IN 1 .. COALESCE(array_length(append_streams, 1), 0) LOOP
        stream := append_streams[i];
        expected := append_expectations[i];
        revision := (revisions ->> stream)::INT;
        IF NOT (expected = 'any'
                OR (expected = 'no-stream' AND revision IS NULL)
                OR (expected = 'stream-exists' AND revision IS NOT NULL)
                OR (expected ~ '^-?[0-9]+$' AND expected::INT = COALESCE(revision, -1))) THEN
          RAISE EXCEPTION 'version conflict on stream %', stream USING ERRCODE = 'TE409',
            DETAIL = json_build_object('streamId', stream, 'expected', expected, 'actual', revision)::TEXT;
        END IF;
        IF append_counts[i] > 0 THEN
          revision := COALESCE(revision, -1) + append_counts[i];
          revisions := jsonb_set(revisions, ARRAY[stream], to_jsonb(revision));
          event_streams := event_streams || array_fill(stream, ARRAY[append_counts[i]]);
        END IF;
        revisions_after := revisions_after || COALESCE(revision, -1);
      END LOOP;
      IF COALESCE(array_length(event_ids, 1), 0) = 0 THEN
        positions := '{}';
        RETURN;
      END IF;
      PERFORM pg_advisory_lock(position_lock);
      recorded := date_trunc('milliseconds', clock_timestamp());
      WITH batch AS (
        SELECT given.*,
               COALESCE((initial ->> given.stream_id)::INT, -1)
                 + row_number() OVER (PARTITION BY given.stream_id ORDER BY given.ordinal) AS stream_revision
        FROM unnest(event_ids, event_streams, types, schema_versions, data, metadata)
          WITH ORDINALITY AS given (event_id, stream_id, type, schema_version, data, metadata, ordinal)
      ), written AS (
        INSERT INTO $S.events (event_id, stream_id, stream_revision, type, schema_version, data, metadata, recorded_at)
        SELECT batch.event_id, batch.stream_id, batch.stream_revision, batch.type, batch.schema_version,
               batch.data::JSONB, batch.metadata::JSONB, recorded
        FROM batch ORDER BY batch.ordinal
        ON CONFLICT (event_id) DO NOTHING
        RETURNING events.event_id, events.global_position
      )
      SELECT array_agg(written.event_id ORDER BY batch.ordinal), array_agg(written.global_position ORDER BY batch.ordinal)
        INTO inserted, positions
        FROM written JOIN batch USING (event_id);
      PERFORM pg_advisory_unlock(position_lock);
      IF COALESCE(array_length(inserted, 1), 0) < array_length(event_ids, 1) THEN
        SELECT given INTO duplicate FROM unnest(event_ids) AS given WHERE given <> ALL (COALESCE(inserted, '{}')) LIMIT 1;
        RAISE EXCEPTION 'duplicate key value violates unique constraint "events_event_id_key"' USING ERRCODE = 'unique_violation',
          CONSTRAINT = 'events_event_id_key', DETAIL = format('Key (event_id)=(%s) already exists.', duplicate);
      END IF;
      INSERT INTO $S.streams (stream_id, revision)
        SELECT moved.key, moved.value::INT FROM jsonb_each_text(revisions) AS moved
        WHERE (initial ->> moved.key) IS DISTINCT FROM moved.value
        ON CONFLICT ON CONSTRAINT streams_pkey DO UPDATE SET revision = EXCLUDED.revision;
    END
    $body$;
    `,
  },
];

/** A schema name as written in SQL, refusing names that would need more than quoting to be safe. */
export function quotedSchema(schema: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new RangeError(`schema must be a plain SQL identifier (letters, digits, _), got ${JSON.stringify(schema)}`);
  }
  return escapeIdentifier(schema);
}

/** Brings the schema up to the current version; refuses one written by a newer version. */
export async function migrate(client: PoolClient, schema: string): Promise<void> {
  const s = quotedSchema(schema);
  const lockKey = advisoryKey64(`telemed-event-store/migrations/${schema}`);
  // Session lock: several processes starting at once migrate one after another.
  await client.query('SELECT pg_advisory_lock($1)', [lockKey]);
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${s}.schema_migrations (
         component   TEXT        NOT NULL,
         version     INT         NOT NULL,
         description TEXT        NOT NULL,
         applied_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
         PRIMARY KEY (component, version)
       )`,
    );
    const { rows } = await client.query<{ version: number | null }>(
      `SELECT max(version) AS version FROM ${s}.schema_migrations WHERE component = $1`,
      [MIGRATION_COMPONENT],
    );
    const current = rows[0].version ?? 0;
    if (current > POSTGRES_EVENT_STORE_SCHEMA_VERSION) {
      throw new NewerSchemaVersion(`the event store schema ${schema}`, current, POSTGRES_EVENT_STORE_SCHEMA_VERSION);
    }
    for (let version = current; version < POSTGRES_EVENT_STORE_SCHEMA_VERSION; version++) {
      const migration = MIGRATIONS[version];
      await client.query('BEGIN');
      try {
        await client.query(migration.sql.replaceAll('$S', s));
        await client.query(
          `INSERT INTO ${s}.schema_migrations (component, version, description) VALUES ($1, $2, $3)`,
          [MIGRATION_COMPONENT, version + 1, migration.description],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [lockKey]);
  }
}

/**
 * Advisory lock keys of one store schema. Stream locks use the two-int form with `streamNamespace`
 * as the first key, which is how a reader recognises an appending transaction in `pg_locks`.
 */
export interface StoreLockKeys {
  streamNamespace: number;
  /** Session lock around drawing global positions (bigint form, so it never collides with a stream lock). */
  positionLock: string;
}

export function storeLockKeys(schema: string): StoreLockKeys {
  return {
    // Positive, so that it compares with pg_locks.classid (an oid) without a cast.
    streamNamespace: advisoryKey32(`telemed-event-store/streams/${schema}`) & 0x7fffffff,
    positionLock: advisoryKey64(`telemed-event-store/positions/${schema}`),
  };
}

/** The stream lock key of a stream id; a collision only makes two streams wait for each other. */
export function streamLockKey(streamId: string): number {
  return advisoryKey32(streamId);
}

function advisoryKey32(text: string): number {
  return createHash('sha1').update(text).digest().readInt32BE(0);
}

function advisoryKey64(text: string): string {
  return createHash('sha1').update(text).digest().readBigInt64BE(0).toString();
}
