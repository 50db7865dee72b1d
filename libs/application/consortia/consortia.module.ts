import { Module } from '@nestjs/common';
import { ChangeConsortiumHandler } from './consortium-commands';
import { GetConsortiumHandler, ListConsortiaHandler } from './consortia.queries';

const PROVIDERS = [ChangeConsortiumHandler, GetConsortiumHandler, ListConsortiaHandler];

/** Medical consortia and their members. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class ConsortiaModule {}
