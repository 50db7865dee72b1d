export * from './posting.events';
export * from './posting.decider';
export * from './posting.errors';
