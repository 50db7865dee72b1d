import type { EventBusKind } from './store-config';
import { choiceSetting, integerSetting, textSetting } from './settings';

/** `inprocess`: the api delivers webhooks itself; `app`: the webhooks app does (`npm run webhooks`). */
export const WEBHOOK_DELIVERIES = ['inprocess', 'app'] as const;
export type WebhookDeliveryKind = (typeof WEBHOOK_DELIVERIES)[number];

/** How webhooks are delivered: who delivers, how long a receiver may take, how failures are retried. */
export interface WebhookConfig {
  /** WEBHOOK_DELIVERY; by default `inprocess` with EVENT_BUS=inprocess and `app` with EVENT_BUS=kafka. */
  delivery: WebhookDeliveryKind;
  /** A receiver that has not answered within this is a failed attempt (WEBHOOK_TIMEOUT_MS). */
  timeoutMs: number;
  /** The wait before the second attempt; doubled for each later one, up to `retryMaxMs`, with jitter (WEBHOOK_RETRY_BASE_MS, WEBHOOK_RETRY_MAX_MS). */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Attempts at one delivery before the endpoint is disabled (WEBHOOK_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** Cases delivered to one endpoint at once; each case's own deliveries always go one after another (WEBHOOK_PARALLEL_CASES). */
  parallelCases: number;
  /** Events read from the log for one endpoint at a time (WEBHOOK_BATCH_SIZE). */
  batchSize: number;
}

/** Reads the WEBHOOK_* settings, adding what is wrong to `problems`. */
export function readWebhookConfig(env: NodeJS.ProcessEnv, eventBus: EventBusKind, problems: string[]): WebhookConfig {
  const delivery = textSetting(env, 'WEBHOOK_DELIVERY') === undefined ? (eventBus === 'kafka' ? 'app' : 'inprocess') : choiceSetting(env, 'WEBHOOK_DELIVERY', WEBHOOK_DELIVERIES, problems);
  const retryBaseMs = integerSetting(env, 'WEBHOOK_RETRY_BASE_MS', 5_000, 1, 3_600_000, problems);
  const retryMaxMs = integerSetting(env, 'WEBHOOK_RETRY_MAX_MS', 3_600_000, 1, 86_400_000, problems);
  if (retryMaxMs < retryBaseMs) problems.push(`WEBHOOK_RETRY_MAX_MS (${retryMaxMs}) must not be below WEBHOOK_RETRY_BASE_MS (${retryBaseMs})`);
  return {
    delivery,
    timeoutMs: integerSetting(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 10, 120_000, problems),
    retryBaseMs,
    retryMaxMs,
    maxAttempts: integerSetting(env, 'WEBHOOK_MAX_ATTEMPTS', 12, 1, 100, problems),
    parallelCases: integerSetting(env, 'WEBHOOK_PARALLEL_CASES', 8, 1, 64, problems),
    batchSize: integerSetting(env, 'WEBHOOK_BATCH_SIZE', 200, 1, 5_000, problems),
  };
}
