export * from './upcaster-registry';
export * from './upcasting-event-store';
export * from './event-upcasters';
