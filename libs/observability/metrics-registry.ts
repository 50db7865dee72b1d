import { collectDefaultMetrics, Registry } from 'prom-client';

/** Prefix of every metric this project defines (the process metrics keep prom-client's names). */
export const METRIC_PREFIX = 'telemed_';

/**
 * A registry of its own for one process (or one test app), with the default process and Node.js
 * metrics and a `service` label on every series, so api, relay and projector can share a scraper.
 */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** Buckets for work measured in seconds, from a cached read (1 ms) to a slow multi-stream command (10 s). */
export const LATENCY_BUCKETS_SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** `2xx`, `4xx`, ...: the label of an HTTP status that keeps the number of series small. */
export function statusClass(status: number): string {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : 'unknown';
}
