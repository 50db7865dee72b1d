import { Module } from '@nestjs/common';
import { RecordResearchOutputHandler } from './record-research-output';
import { GetResearchOutputHandler, ListResearchOutputsHandler } from './research-outputs.queries';

const PROVIDERS = [RecordResearchOutputHandler, GetResearchOutputHandler, ListResearchOutputsHandler];

/** Research done together: papers, projects, patents. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class ResearchOutputsModule {}
