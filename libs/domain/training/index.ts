export * from './training.events';
export * from './training.decider';
export * from './training.errors';
export * from './training.credits';
