export type { paths, components, operations } from './schema';
export * from './backbone-client';
export * from './problem';
export * from './read-your-writes';
