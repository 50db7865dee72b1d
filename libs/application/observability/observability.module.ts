import { DynamicModule, Global, Inject, Module, OnModuleInit } from '@nestjs/common';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { ProjectionRunner } from '@telemed/projections';
import { registerProjectionLagMetrics } from '@telemed/observability';
import { EVENT_STORE } from '../infrastructure/tokens';
import { ApiMetrics } from './api-metrics';
import { CommandMetering } from './command-metering';
import { ReadinessChecks } from './readiness-checks';

/**
 * Metrics (a registry per app), command metering, readiness probes. Global, so that the command
 * executor can count appended events, the command pipeline can meter, and other modules can
 * register readiness checks.
 */
@Global()
@Module({})
export class ObservabilityModule implements OnModuleInit {
  static forRoot(): DynamicModule {
    return {
      module: ObservabilityModule,
      providers: [ApiMetrics, CommandMetering, ReadinessChecks],
      exports: [ApiMetrics, CommandMetering, ReadinessChecks],
    };
  }

  constructor(
    private readonly metrics: ApiMetrics,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
  ) {}

  onModuleInit(): void {
    const runner = this.runner;
    registerProjectionLagMetrics(this.metrics.registry, this.store, [
      { name: 'read-models', position: () => runner.position, failure: () => runner.failure },
    ]);
  }
}
