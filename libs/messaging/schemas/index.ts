export * from './json-schema';
export * from './event-schemas';
