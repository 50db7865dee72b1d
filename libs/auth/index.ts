export * from './roles';
export * from './token-verifier';
