export * from './partnership.events';
export * from './partnership.decider';
export * from './partnership.errors';
export * from './calendar-date';
