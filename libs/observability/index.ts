export * from './json-logger';
export * from './metrics-registry';
export * from './projection-lag';
export * from './readiness';
export * from './probe-server';
export * from './tracing';
