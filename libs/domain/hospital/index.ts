export * from './hospital.events';
export * from './hospital.decider';
export * from './hospital.errors';
