import { Module } from '@nestjs/common';
import { GetProgrammeReportHandler } from './programme-report.query';
import { GetFigureEventsHandler } from './figure-events.query';

const PROVIDERS = [GetProgrammeReportHandler, GetFigureEventsHandler];

/** The programme report and the events behind each of its figures. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class ReportsModule {}
