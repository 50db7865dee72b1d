export * from './visit.events';
export * from './visit.decider';
export * from './visit.errors';
