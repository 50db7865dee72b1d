import { ConfigError } from './settings';
import { loadConfig } from './app-config';
import { loadWebhooksAppConfig } from './webhooks-app-config';
import { readWebhookConfig } from './webhook-config';

const problemsOf = (load: () => unknown): string[] => {
  try {
    load();
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
};

describe('the webhook settings', () => {
  it('deliver in the api with the in-process bus and in the webhooks app with Kafka, unless told', () => {
    expect(readWebhookConfig({}, 'inprocess', []).delivery).toBe('inprocess');
    expect(readWebhookConfig({}, 'kafka', []).delivery).toBe('app');
    expect(readWebhookConfig({ WEBHOOK_DELIVERY: 'app' }, 'inprocess', []).delivery).toBe('app');
  });

  it('retry after 5 s, doubling up to an hour, twelve attempts, and wait 10 s for a receiver, by default', () => {
    expect(readWebhookConfig({}, 'inprocess', [])).toEqual({
      delivery: 'inprocess',
      timeoutMs: 10_000,
      retryBaseMs: 5_000,
      retryMaxMs: 3_600_000,
      maxAttempts: 12,
      parallelCases: 8,
      batchSize: 200,
    });
  });

  it('report every bad value at once', () => {
    const problems: string[] = [];
    readWebhookConfig({ WEBHOOK_DELIVERY: 'elsewhere', WEBHOOK_MAX_ATTEMPTS: '0', WEBHOOK_RETRY_BASE_MS: '60000', WEBHOOK_RETRY_MAX_MS: '1000' }, 'inprocess', problems);
    expect(problems).toEqual([
      'WEBHOOK_DELIVERY must be one of inprocess, app (got "elsewhere")',
      'WEBHOOK_RETRY_MAX_MS (1000) must not be below WEBHOOK_RETRY_BASE_MS (60000)',
      'WEBHOOK_MAX_ATTEMPTS must be an integer from 1 to 100 (got "0")',
    ]);
  });

  it('the api refuses to leave deliveries to the webhooks app without a shared PostgreSQL delivery log', () => {
    expect(problemsOf(() => loadConfig({ DATA_DIR: '/tmp/telemed-config-spec', WEBHOOK_DELIVERY: 'app' }))).toEqual([
      'WEBHOOK_DELIVERY=app needs READ_MODEL_STORE=postgres: the webhooks app keeps the delivery log this process serves',
    ]);
  });

  it('the webhooks app needs the app delivery, PostgreSQL and the master key', () => {
    expect(problemsOf(() => loadWebhooksAppConfig({ WEBHOOK_DELIVERY: 'inprocess' }))).toEqual([
      'WEBHOOK_DELIVERY=inprocess has the api deliver webhooks itself; the webhooks app runs with WEBHOOK_DELIVERY=app (or EVENT_BUS=kafka)',
      'the webhooks app needs READ_MODEL_STORE=postgres: it shares the delivery log with the api',
      'PATIENT_DATA_MASTER_KEY is required unless the event store is embedded (EVENT_STORE=sqlite)',
    ]);
  });
});
