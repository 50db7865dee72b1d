export * from './agreement.events';
export * from './agreement.decider';
export * from './agreement.errors';
