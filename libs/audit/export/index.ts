export * from './case-export';
export * from './fhir-bundle';
export * from './fhir-consultation';
export * from './decrypted-fields';
export * from './upcast-data';
