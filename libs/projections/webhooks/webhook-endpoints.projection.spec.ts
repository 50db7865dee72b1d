import { webhookDecider, webhookEndpointStreamId, type WebhookCommand } from '@telemed/domain/webhook';
import { compareReadModels } from '../compare-read-models';
import { openProjectionTestbed, RecordedHistory, type ProjectionTestbed } from '../projection.testing';
import { webhookEndpointsProjection, type WebhookEndpointRow } from './webhook-endpoints.projection';

const now = '2026-03-02T02:00:00.000Z';

function endpoints(): RecordedHistory {
  const history = new RecordedHistory();
  const decide = (id: string, command: WebhookCommand) => history.decide(webhookEndpointStreamId(id), webhookDecider, command);
  decide('w-his', { type: 'RegisterWebhookEndpoint', endpointId: 'w-his', url: 'https://his.example/hook', eventTypes: ['ConsultationRequested'], hospitalId: 'h-kashgar', by: 'coord', now });
  decide('w-all', { type: 'RegisterWebhookEndpoint', endpointId: 'w-all', url: 'https://bureau.example/hook', eventTypes: ['*'], partnershipId: 'p-1', by: 'coord', now });
  decide('w-his', { type: 'DisableWebhookEndpoint', reason: '12 attempts failed; the last: HTTP 503', automatic: true, by: 'webhook-dispatcher', now });
  decide('w-all', { type: 'DisableWebhookEndpoint', reason: 'migration', automatic: false, by: 'coord', now });
  decide('w-all', { type: 'EnableWebhookEndpoint', by: 'coord', now });
  decide('w-all', { type: 'ReplayWebhookDeliveries', fromPosition: '1', by: 'coord', now });
  return history;
}

describe('webhook endpoints projection', () => {
  let live: ProjectionTestbed;
  let rebuilt: ProjectionTestbed;

  beforeEach(async () => {
    live = await openProjectionTestbed([webhookEndpointsProjection]);
    rebuilt = await openProjectionTestbed([webhookEndpointsProjection]);
  });

  afterEach(async () => {
    await live.close();
    await rebuilt.close();
  });

  it('keeps each endpoint with its filter, its state and why it was disabled, and the last replay asked for', async () => {
    await live.apply(endpoints().all);
    const rows = await live.readModels.all<WebhookEndpointRow>('SELECT * FROM webhook_endpoints ORDER BY id');
    expect(rows.map((row) => [row.id, row.status, JSON.parse(row.event_types), row.partnership_id, row.hospital_id, row.disabled_reason, row.disabled_automatic, row.replay_from])).toEqual([
      ['w-all', 'active', ['*'], 'p-1', null, null, null, '1'],
      ['w-his', 'disabled', ['ConsultationRequested'], null, 'h-kashgar', '12 attempts failed; the last: HTTP 503', 1, null],
    ]);
  });

  it('ends with the same table whether events arrive once or redelivered', async () => {
    const events = endpoints().all;
    for (const event of events) await live.apply([event, event]);
    await live.apply(events);
    await rebuilt.apply(events);
    expect(await compareReadModels(live.readModels, rebuilt.readModels, [webhookEndpointsProjection])).toEqual([]);
  });
});
