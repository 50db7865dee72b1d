import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { NotFound } from '@telemed/domain/core';
import type { ReadModelStore, SqlValue, WebhookEndpointRow } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { readKeysetPage } from '../reading/keyset-page';
import { DEFAULT_PAGE_SIZE, PageQueryDto } from '../reading/page-query.dto';
import { type AttemptRow, WebhookDeliveryState } from './webhook-delivery-state';

export const ATTEMPT_OUTCOMES = ['delivered', 'failed'] as const;

function attemptView(row: AttemptRow) {
  return {
    messageId: row.message_id,
    eventType: row.event_type,
    streamId: row.stream_id,
    position: String(row.position),
    attempt: Number(row.attempt),
    attemptedAt: row.attempted_at,
    outcome: row.outcome,
    statusCode: row.status_code === null ? null : Number(row.status_code),
    latencyMs: Number(row.latency_ms),
    error: row.error,
  };
}

export type DeliveryAttemptView = ReturnType<typeof attemptView>;

function endpointView(row: WebhookEndpointRow, delivery: { position?: string; lastAttempt?: DeliveryAttemptView }) {
  return {
    id: row.id,
    url: row.url,
    eventTypes: JSON.parse(row.event_types) as string[],
    ...(row.partnership_id !== null && { partnershipId: row.partnership_id }),
    ...(row.hospital_id !== null && { hospitalId: row.hospital_id }),
    ...(row.description !== null && { description: row.description }),
    status: row.status,
    ...(row.status === 'disabled' && {
      disabled: { reason: row.disabled_reason ?? '', automatic: Number(row.disabled_automatic) === 1, at: row.disabled_at ?? '', by: row.disabled_by ?? '' },
    }),
    registeredBy: row.registered_by,
    registeredAt: row.registered_at,
    ...(row.replay_from !== null && { lastReplay: { fromPosition: row.replay_from, requestedAt: row.replay_requested_at ?? '' } }),
    /** Where delivery stands: every message up to `position` is delivered; the last attempt made. */
    delivery,
  };
}

export class ListWebhookEndpoints {}

/** Every endpoint, in the order they were registered, with its state and where its deliveries stand. */
@QueryHandler(ListWebhookEndpoints)
export class ListWebhookEndpointsHandler implements IQueryHandler<ListWebhookEndpoints> {
  constructor(
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
    private readonly delivery: WebhookDeliveryState,
  ) {}

  async execute() {
    const rows = await this.db.all<WebhookEndpointRow>('SELECT * FROM webhook_endpoints ORDER BY registered_position');
    await this.delivery.ensureSchema();
    const items = [];
    for (const row of rows) {
      const checkpoint = await this.delivery.checkpointOf(row.id);
      const last = await this.delivery.db.get<AttemptRow>(
        'SELECT * FROM webhook_attempts WHERE endpoint_id = ? ORDER BY attempted_at DESC, attempt_id DESC LIMIT 1',
        [row.id],
      );
      items.push(endpointView(row, { ...(checkpoint && { position: checkpoint.position.toString() }), ...(last && { lastAttempt: attemptView(last) }) }));
    }
    return { items };
  }
}

export class WebhookDeliveriesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ATTEMPT_OUTCOMES, description: 'only the attempts that delivered, or only those that failed' })
  @IsOptional()
  @IsIn(ATTEMPT_OUTCOMES)
  outcome?: (typeof ATTEMPT_OUTCOMES)[number];
}

export class ListWebhookDeliveries {
  constructor(
    readonly endpointId: string,
    readonly query: WebhookDeliveriesQueryDto,
  ) {}
}

/** The delivery log of one endpoint, newest attempt first, page by page. */
@QueryHandler(ListWebhookDeliveries)
export class ListWebhookDeliveriesHandler implements IQueryHandler<ListWebhookDeliveries> {
  constructor(
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
    private readonly delivery: WebhookDeliveryState,
  ) {}

  async execute({ endpointId, query }: ListWebhookDeliveries) {
    const endpoint = await this.db.get('SELECT id FROM webhook_endpoints WHERE id = ?', [endpointId]);
    if (!endpoint) throw new NotFound('webhook endpoint', endpointId);
    await this.delivery.ensureSchema();
    const where = ['endpoint_id = ?'];
    const params: SqlValue[] = [endpointId];
    if (query.outcome) {
      where.push('outcome = ?');
      params.push(query.outcome);
    }
    const page = await readKeysetPage<AttemptRow & Record<string, any>>(this.delivery.db, {
      select: 'SELECT * FROM webhook_attempts',
      where,
      params,
      sortColumn: 'attempted_at',
      idColumn: 'attempt_id',
      sortKeyOf: (row) => row.attempted_at,
      idOf: (row) => row.attempt_id,
      direction: 'descending',
      cursor: query.cursor,
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
    });
    return { items: page.rows.map(attemptView), nextCursor: page.nextCursor };
  }
}
