export * from './event-envelope';
export * from './event-store.port';
export * from './event-store.errors';
export * from './log-subscription';
export * from './sqlite/sqlite-event-store';
export { SQLITE_EVENT_STORE_SCHEMA_VERSION } from './sqlite/sqlite-schema';
export * from './postgres/postgres-event-store';
export { POSTGRES_EVENT_STORE_SCHEMA_VERSION } from './postgres/postgres-schema';
