import { Module } from '@nestjs/common';
import { DispatchPostingHandler } from './dispatch-posting';
import { RecordPostingChangeHandler } from './record-posting-change';
import { GetPostingHandler, ListPostingsHandler, SummarisePostingsHandler } from './postings.queries';

const PROVIDERS = [
  DispatchPostingHandler,
  RecordPostingChangeHandler,
  GetPostingHandler,
  ListPostingsHandler,
  SummarisePostingsHandler,
];

/** Experts posted to a receiving hospital for months or a year. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class PostingsModule {}
