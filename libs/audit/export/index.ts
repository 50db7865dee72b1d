export * from './case-export';
export * from './fhir-bundle';
export * from './fhir-consultation';
export * from './fhir-case-material';
export * from './decrypted-fields';
export * from './upcast-data';
