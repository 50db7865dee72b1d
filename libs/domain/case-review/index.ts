export * from './case-review.events';
export * from './case-review.decider';
export * from './case-review.errors';
