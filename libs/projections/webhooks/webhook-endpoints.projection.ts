import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { Projection } from '../projection';
import type { SqlExecutor } from '../read-model-store';

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

/**
 * Webhook endpoints as coordinators list them. Every change is applied only by an event after the
 * row's last one, so a redelivered event changes nothing.
 */
export const webhookEndpointsProjection: Projection = {
  version: 1,
  name: 'webhook-endpoints',
  schema: [
    `CREATE TABLE IF NOT EXISTS webhook_endpoints (
       id TEXT PRIMARY KEY, url TEXT NOT NULL, event_types TEXT NOT NULL, partnership_id TEXT, hospital_id TEXT, description TEXT,
       status TEXT NOT NULL, disabled_reason TEXT, disabled_automatic INTEGER, disabled_at TEXT, disabled_by TEXT,
       registered_by TEXT NOT NULL, registered_at TEXT NOT NULL, replay_from TEXT, replay_requested_at TEXT,
       registered_position BIGINT NOT NULL, last_position BIGINT NOT NULL)`,
  ],
  tables: [{ name: 'webhook_endpoints', orderBy: 'id' }],
  eventTypes: ['WebhookEndpointRegistered', 'WebhookEndpointDisabled', 'WebhookEndpointEnabled', 'WebhookReplayRequested'],
  async apply(event: RecordedEvent, db: SqlExecutor) {
    const data = event.data as Data;
    const position = event.globalPosition;
    switch (event.type) {
      case 'WebhookEndpointRegistered':
        db.write(
          `INSERT INTO webhook_endpoints (id, url, event_types, partnership_id, hospital_id, description, status, registered_by, registered_at, registered_position, last_position)
           VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          [
            data.endpointId, data.url, JSON.stringify(data.eventTypes), data.partnershipId ?? null, data.hospitalId ?? null, data.description ?? null,
            data.registeredBy, data.registeredAt, position, position,
          ],
        );
        return;
      case 'WebhookEndpointDisabled':
        db.write(
          `UPDATE webhook_endpoints SET status = 'disabled', disabled_reason = ?, disabled_automatic = ?, disabled_at = ?, disabled_by = ?, last_position = ?
           WHERE id = ? AND last_position < ?`,
          [data.reason, data.automatic ? 1 : 0, data.disabledAt, data.disabledBy, position, data.endpointId, position],
        );
        return;
      case 'WebhookEndpointEnabled':
        db.write(
          `UPDATE webhook_endpoints SET status = 'active', disabled_reason = NULL, disabled_automatic = NULL, disabled_at = NULL, disabled_by = NULL, last_position = ?
           WHERE id = ? AND last_position < ?`,
          [position, data.endpointId, position],
        );
        return;
      case 'WebhookReplayRequested':
        db.write(`UPDATE webhook_endpoints SET replay_from = ?, replay_requested_at = ?, last_position = ? WHERE id = ? AND last_position < ?`, [
          data.fromPosition, data.requestedAt, position, data.endpointId, position,
        ]);
        return;
    }
  },
};
