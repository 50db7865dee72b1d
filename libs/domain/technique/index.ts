export * from './technique.events';
export * from './technique.decider';
export * from './technique.errors';
