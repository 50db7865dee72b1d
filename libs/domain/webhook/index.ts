export * from './webhook-event-types';
export * from './webhook.events';
export * from './webhook.errors';
export * from './webhook-url';
export * from './webhook.decider';
