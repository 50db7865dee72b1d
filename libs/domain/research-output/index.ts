export * from './research-output.events';
export * from './research-output.decider';
