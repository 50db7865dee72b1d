export * from './further-study.events';
export * from './further-study.decider';
export * from './further-study.errors';
export * from './trainee.events';
export * from './trainee.decider';
export * from './trainee.compensation';
