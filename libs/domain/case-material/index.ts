export * from './case-material.events';
export * from './case-material.decider';
