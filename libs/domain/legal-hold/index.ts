export * from './legal-hold.events';
export * from './legal-hold.decider';
export * from './legal-hold.errors';
