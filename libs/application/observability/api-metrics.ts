import { Injectable } from '@nestjs/common';
import { Counter, Histogram, type Registry } from 'prom-client';
import { createMetricsRegistry, LATENCY_BUCKETS_SECONDS, METRIC_PREFIX } from '@telemed/observability';

/** How a command ended: done, refused with a 4xx (invalid, forbidden, not found, conflict), or failed (5xx). */
export type CommandOutcomeLabel = 'ok' | 'refused' | 'error';

/** The API's own metrics, in a registry of this app instance (two apps in one test process never share one). */
@Injectable()
export class ApiMetrics {
  readonly registry: Registry = createMetricsRegistry('api');

  readonly commandDuration = new Histogram({
    name: `${METRIC_PREFIX}command_duration_seconds`,
    help: 'Time from dispatching a command to its answer, by command and outcome (ok, refused, error)',
    labelNames: ['command', 'outcome'] as const,
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [this.registry],
  });

  readonly commands = new Counter({
    name: `${METRIC_PREFIX}commands_total`,
    help: 'Commands handled, by command and outcome (ok; refused: answered 4xx; error: answered 5xx)',
    labelNames: ['command', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly eventsAppended = new Counter({
    name: `${METRIC_PREFIX}events_appended_total`,
    help: 'Events written to the log by commands',
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: `${METRIC_PREFIX}http_request_duration_seconds`,
    help: 'HTTP request duration by method, route pattern and status class',
    labelNames: ['method', 'route', 'status_class'] as const,
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [this.registry],
  });

  recordCommand(command: string, outcome: CommandOutcomeLabel, seconds: number): void {
    this.commandDuration.observe({ command, outcome }, seconds);
    this.commands.inc({ command, outcome });
  }
}
