import { Module } from '@nestjs/common';
import { SearchFhirHandler, ReadFhirHandler } from './fhir.queries';

const PROVIDERS = [SearchFhirHandler, ReadFhirHandler];

/** FHIR R4 views of the consultation records, for integrators. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class FhirModule {}
