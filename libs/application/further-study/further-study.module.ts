import { Module } from '@nestjs/common';
import { StartFurtherStudyHandler } from './start-further-study';
import { EndFurtherStudyHandler } from './end-further-study';
import { GetFurtherStudyHandler, ListFurtherStudyHandler } from './further-study.queries';

const PROVIDERS = [
  StartFurtherStudyHandler,
  EndFurtherStudyHandler,
  GetFurtherStudyHandler,
  ListFurtherStudyHandler,
];

/** Staff of receiving hospitals sent for further study. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class FurtherStudyModule {}
