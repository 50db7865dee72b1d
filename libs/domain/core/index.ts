export * from './decider';
export * from './domain-error';
export * from './time';
export * from './zoned-time';
export * from './calendar-date';
export * from './birth-date';
export * from './working-time';
export * from './response-clock';
