import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { ProjectionBatch } from '../rows/projection-batch';
import { readModelTable } from '../rows/read-model-table';

type Data = Record<string, any>;

/** A webhook endpoint as the read model holds it: registration, state, and the last replay asked for. */
export interface WebhookEndpointRow {
  id: string;
  url: string;
  /** JSON array of event types, `["*"]` for every one. */
  event_types: string;
  partnership_id: string | null;
  hospital_id: string | null;
  description: string | null;
  status: 'active' | 'disabled';
  disabled_reason: string | null;
  disabled_automatic: number | null;
  disabled_at: string | null;
  disabled_by: string | null;
  registered_by: string;
  registered_at: string;
  replay_from: string | null;
  replay_requested_at: string | null;
  registered_position: number | bigint;
  last_position: number | bigint;
}

const endpoints = readModelTable<WebhookEndpointRow & Record<string, any>>(`CREATE TABLE IF NOT EXISTS webhook_endpoints (
       id TEXT PRIMARY KEY, url TEXT NOT NULL, event_types TEXT NOT NULL, partnership_id TEXT, hospital_id TEXT, description TEXT,
       status TEXT NOT NULL, disabled_reason TEXT, disabled_automatic INTEGER, disabled_at TEXT, disabled_by TEXT,
       registered_by TEXT NOT NULL, registered_at TEXT NOT NULL, replay_from TEXT, replay_requested_at TEXT,
       registered_position BIGINT NOT NULL, last_position BIGINT NOT NULL)`);

/**
 * Webhook endpoints as coordinators list them. Every change is applied only by an event after the
 * row's last one, so a redelivered event changes nothing.
 */
export const webhookEndpointsProjection: Projection = {
  version: 1,
  name: 'webhook-endpoints',
  schema: [endpoints.ddl],
  tables: [{ name: 'webhook_endpoints', orderBy: 'id' }],
  eventTypes: ['WebhookEndpointRegistered', 'WebhookEndpointDisabled', 'WebhookEndpointEnabled', 'WebhookReplayRequested'],
  async apply(event: RecordedEvent, batch: ProjectionBatch) {
    const data = event.data as Data;
    const position = event.globalPosition;
    const rows = batch.rows(endpoints);
    const change = (set: Partial<WebhookEndpointRow>) =>
      rows.update(data.endpointId, (row) => (BigInt(row.last_position) < position ? { ...set, last_position: position } : undefined));
    switch (event.type) {
      case 'WebhookEndpointRegistered':
        rows.insertIfAbsent({
          id: data.endpointId, url: data.url, event_types: JSON.stringify(data.eventTypes), partnership_id: data.partnershipId ?? null,
          hospital_id: data.hospitalId ?? null, description: data.description ?? null, status: 'active', registered_by: data.registeredBy,
          registered_at: data.registeredAt, registered_position: position, last_position: position,
        });
        return;
      case 'WebhookEndpointDisabled':
        await change({ status: 'disabled', disabled_reason: data.reason, disabled_automatic: data.automatic ? 1 : 0, disabled_at: data.disabledAt, disabled_by: data.disabledBy });
        return;
      case 'WebhookEndpointEnabled':
        await change({ status: 'active', disabled_reason: null, disabled_automatic: null, disabled_at: null, disabled_by: null });
        return;
      case 'WebhookReplayRequested':
        await change({ replay_from: data.fromPosition, replay_requested_at: data.requestedAt });
        return;
    }
  },
};
