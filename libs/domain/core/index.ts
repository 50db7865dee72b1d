export * from './decider';
export * from './domain-error';
export * from './time';
export * from './zoned-time';
