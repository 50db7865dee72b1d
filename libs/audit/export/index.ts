export * from './case-export';
export * from './fhir-bundle';
