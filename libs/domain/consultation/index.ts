export * from './consultation.events';
export * from './consultation.errors';
export * from './consultation.decider';
