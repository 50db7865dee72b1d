import { Module } from '@nestjs/common';
import { ProposeTechniqueHandler, RecordTechniqueChangeHandler } from './technique-commands';
import { GetTechniqueHandler, ListTechniquesHandler } from './techniques.queries';

const PROVIDERS = [
  ProposeTechniqueHandler,
  RecordTechniqueChangeHandler,
  GetTechniqueHandler,
  ListTechniquesHandler,
];

/** New techniques introduced, and the cases performed with them. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class TechniquesModule {}
