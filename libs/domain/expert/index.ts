export * from './expert.events';
export * from './expert.diary';
export * from './expert.decider';
export * from './expert.errors';
export * from './expert.calendar';
export * from './expert.specialty';
export * from './expert.compensation';
