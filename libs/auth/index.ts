export * from './roles';
export * from './token-verifier';
export * from './secret-token-verifier';
export * from './jwks-token-verifier';
export * from './verifier-settings';
export * from './caching-token-verifier';
