import { Module } from '@nestjs/common';
import { SealScheduler } from './seal-scheduler';
import { HistoryVerifier } from './verify-history';
import { ReadModelRebuilder } from './rebuild-read-models';
import { ExportCaseHandler } from './export-case';
import { AccessRecorder } from './access-recorder';
import { GetStreamHistoryHandler } from './stream-history.query';
import { ListLogEventsHandler } from './log-events.query';
import { GetCaseAsOfHandler } from './case-as-of.query';
import { ListAccessTrailHandler } from './access-trail.query';

const PROVIDERS = [
  SealScheduler,
  HistoryVerifier,
  ReadModelRebuilder,
  ExportCaseHandler,
  AccessRecorder,
  GetStreamHistoryHandler,
  ListLogEventsHandler,
  GetCaseAsOfHandler,
  ListAccessTrailHandler,
];

/** The tamper-evident history: seals, verification, rebuilds, case export, the history and access trail. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class AuditModule {}
