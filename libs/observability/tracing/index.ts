export * from './tracing-settings';
export * from './tracing';
export * from './trace-carriers';
