import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Commands } from '@telemed/application/commands/commands';
import { ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { ChangeWebhookEndpoint, DisableWebhookEndpointDto, ReplayWebhookDeliveriesDto } from '@telemed/application/webhooks/change-webhook-endpoint';
import { RegisterWebhookEndpoint, RegisterWebhookEndpointDto, type RegisteredWebhookEndpoint } from '@telemed/application/webhooks/register-webhook-endpoint';
import { ListWebhookDeliveries, ListWebhookEndpoints, WebhookDeliveriesQueryDto } from '@telemed/application/webhooks/webhook-endpoints.queries';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiCommand, ApiRead } from '../http/openapi/api-operation';
import { RequestMetadata } from '../http/request-metadata';
import { WEBHOOK_DELIVERY_PAGE, WEBHOOK_ENDPOINT_LIST, WEBHOOK_REGISTERED } from './webhook.responses';

/** Outbound webhooks: endpoints that receive events as they are recorded, signed as Standard Webhooks describes. */
@ApiTags('integration')
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(
    private readonly commands: Commands,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Allow('webhook.register')
  @ApiCommand({
    summary:
      'Registers an endpoint (https, or http on a loopback address) for the event types it names, narrowed to a partnership and a hospital; ' +
      'the answer carries the signing secret, shown this once',
    answer: WEBHOOK_REGISTERED,
  })
  register(@Body() body: RegisterWebhookEndpointDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata): Promise<RegisteredWebhookEndpoint> {
    return this.commands.execute(new RegisterWebhookEndpoint(body, user, metadata));
  }

  @Get()
  @Allow('webhook.read')
  @ApiRead({ summary: 'Every endpoint with its state (`active`, or `disabled` and why) and where its deliveries stand', ok: WEBHOOK_ENDPOINT_LIST })
  list() {
    return this.queries.execute(new ListWebhookEndpoints());
  }

  @Get(':id/deliveries')
  @Allow('webhook.read')
  @ApiRead({ summary: 'The delivery log of an endpoint, newest attempt first: each attempt with its outcome, HTTP status and latency', ok: WEBHOOK_DELIVERY_PAGE, notFound: true })
  deliveries(@Param('id') id: string, @Query() query: WebhookDeliveriesQueryDto) {
    return this.queries.execute(new ListWebhookDeliveries(id, query));
  }

  @Post(':id/disable')
  @Allow('webhook.change')
  @ApiCommand({ summary: 'Stops deliveries to an endpoint, with the reason; they resume from where they stopped when it is enabled', notFound: true, conflicts: ['illegal-transition'] })
  disable(@Param('id') id: string, @Body() body: DisableWebhookEndpointDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new ChangeWebhookEndpoint(id, { kind: 'disable', body }, user, metadata));
  }

  @Post(':id/enable')
  @Allow('webhook.change')
  @ApiCommand({ summary: 'Resumes deliveries to a disabled endpoint from the first message it has not received', notFound: true, conflicts: ['illegal-transition'] })
  enable(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new ChangeWebhookEndpoint(id, { kind: 'enable' }, user, metadata));
  }

  @Post(':id/replay')
  @Allow('webhook.change')
  @ApiCommand({
    summary: 'Sends an endpoint again every event it asks for from `fromPosition` on (inclusive), each with its original `webhook-id`',
    notFound: true,
  })
  replay(@Param('id') id: string, @Body() body: ReplayWebhookDeliveriesDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new ChangeWebhookEndpoint(id, { kind: 'replay', body }, user, metadata));
  }
}
