export * from './canonical-json';
export * from './hash-chain';
export * from './merkle';
export * from './signing-keys';
export * from './log-seal';
export * from './log-sealer';
export * from './verify-log';
export * from './chained-event-store';
