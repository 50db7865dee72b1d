import { Module } from '@nestjs/common';
import { DeadlineWatcher } from './deadline-watcher';

const PROVIDERS = [DeadlineWatcher];

/** The response clocks' watcher: records each passed deadline of a consultation or case review, once. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class DeadlinesModule {}
