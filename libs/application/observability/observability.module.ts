import { DynamicModule, Global, Inject, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { flushTracing } from '@telemed/observability/tracing/tracing';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { ProjectionRunner } from '@telemed/projections';
import { registerProjectionLagMetrics } from '@telemed/observability';
import { EVENT_STORE } from '../infrastructure/tokens';
import { ApiMetrics } from './api-metrics';
import { CommandMetering } from './command-metering';
import { CommandTracing } from './command-tracing';
import { ReadinessChecks } from './readiness-checks';

/**
 * Metrics (a registry per app), command metering and tracing, readiness probes. Global, so that the command
 * executor can count appended events, the command pipeline can meter and trace, and other modules
 * can register readiness checks.
 */
@Global()
@Module({})
export class ObservabilityModule implements OnModuleInit, OnApplicationShutdown {
  static forRoot(): DynamicModule {
    return {
      module: ObservabilityModule,
      providers: [ApiMetrics, CommandMetering, CommandTracing, ReadinessChecks],
      exports: [ApiMetrics, CommandMetering, CommandTracing, ReadinessChecks],
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

  /** The spans of the last requests leave before the process does. */
  async onApplicationShutdown(): Promise<void> {
    await flushTracing();
  }
}
