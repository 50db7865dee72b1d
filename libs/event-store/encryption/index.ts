export * from './patient-data-fields';
export * from './master-key';
export * from './patient-key-store';
export * from './sqlite-patient-key-store';
export * from './patient-data-cipher';
export * from './encrypting-event-store';
export * from './patient-erasure';
export * from './postgres-patient-key-store';
