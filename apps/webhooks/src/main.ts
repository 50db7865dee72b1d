import { createWebhookDispatcher } from '@telemed/application/webhooks/create-webhook-dispatcher';
import { WebhookDeliveryState } from '@telemed/application/webhooks/webhook-delivery-state';
import { WebhookSecretBox } from '@telemed/application/webhooks/webhook-secrets';
import { ProbeServer } from '@telemed/observability';
import { loadWebhooksAppConfig, openApiStateStore, openApplicationLog, processLog, runProcess, whenReachable } from '@telemed/runtime';

/**
 * The webhooks app (distributed mode): delivers the log to the registered endpoints, as the api
 * does in-process in the embedded mode. Several may run; one delivers at a time (a lease in the
 * delivery state), the others take over when it stops.
 */
const log = processLog('webhooks');

runProcess(log, async (stopping) => {
  const config = loadWebhooksAppConfig(process.env);
  const probes = await ProbeServer.start('webhooks', config.probes);
  const waiting = { log, probes, stopping };
  const application = await whenReachable('eventStore', () => openApplicationLog(config.stores, config.masterKey), waiting);
  const stateStore = await whenReachable('deliveryState', () => openApiStateStore(config.stores), waiting);
  const state = new WebhookDeliveryState(stateStore, new WebhookSecretBox(config.masterKey));
  const dispatcher = createWebhookDispatcher({ store: application.store, state, config: config.webhooks, log });
  dispatcher.start();
  probes.started([
    { name: 'deliveryState', check: async () => ({ ready: (await stateStore.get('SELECT 1 AS ok')) !== undefined }) },
    // A standby waiting for the lease is ready: it takes over when the one delivering stops.
    { name: 'dispatcher', check: async () => ({ ready: true, delivering: dispatcher.delivering }) },
  ]);
  log('info', 'webhooks app started', { eventStore: config.stores.eventStore });
  return async () => {
    await dispatcher.stop();
    await probes.close();
    await stateStore.close();
    await application.close();
    log('info', 'webhooks app stopped');
  };
});
