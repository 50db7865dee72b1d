import { Module } from '@nestjs/common';
import { GetPartnershipStatsHandler, GetOverviewStatsHandler } from './stats.queries';
import { GetTurnaroundHandler } from './turnaround.query';

const PROVIDERS = [GetPartnershipStatsHandler, GetOverviewStatsHandler, GetTurnaroundHandler];

/** Counts of the work done, per partnership and overall, and turnaround against the targets. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class StatsModule {}
