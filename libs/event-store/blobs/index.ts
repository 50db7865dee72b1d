export * from './blob-store.port';
export * from './file-blob-store';
export * from './postgres-blob-store';
export * from './patient-file-cipher';
