export * from './consortium.events';
export * from './consortium.decider';
