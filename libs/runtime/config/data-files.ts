/** Files of the data directory (DATA_DIR) and PostgreSQL schemas that the apps share by name. */

/** The embedded event log. */
export const EVENTS_FILE = 'events.sqlite';
/** Per-caller API state that is not derived from the log (idempotency keys). */
export const API_STATE_FILE = 'api-state.sqlite';
/** The relay's checkpoint beside an embedded log; beside a PostgreSQL log it is the schema below. */
export const RELAY_STATE_FILE = 'kafka-relay.sqlite';
export const RELAY_STATE_SCHEMA = 'kafka_relay';
/** The SQLite read models of the projector (development): a file of its own, never the API's embedded one. */
export const PROJECTOR_READ_MODELS_FILE = 'projector-read-models.sqlite';
/** The directory of DATA_DIR that holds the encrypted files of case materials in the embedded mode. */
export const MATERIALS_DIRECTORY = 'materials';
