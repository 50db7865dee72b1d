import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IsString, Matches, MaxLength } from 'class-validator';
import { InvalidValue } from '@telemed/domain/core';
import { webhookDecider, webhookEndpointStreamId, type WebhookCommand } from '@telemed/domain/webhook';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { Inject } from '@nestjs/common';
import { CommandExecutor, type CommandResponse } from '../commands/command-executor';
import { Clock, EVENT_STORE } from '../infrastructure/tokens';
import { IsText } from '../requests/dto';

export class DisableWebhookEndpointDto {
  @ApiProperty({ example: 'the hospital information system is being migrated this weekend', maxLength: 500 })
  @IsText()
  @MaxLength(500)
  reason: string;
}

export class ReplayWebhookDeliveriesDto {
  @ApiProperty({
    example: '1200',
    description: 'the log position to deliver from, inclusive (a `position` as answers and deliveries carry it); at most the head of the log',
  })
  @IsString()
  @MaxLength(20)
  @Matches(/^(0|[1-9]\d*)$/, { message: '$property must be a log position: a whole number, as a decimal string' })
  fromPosition: string;
}

export type WebhookEndpointChange = { kind: 'disable'; body: DisableWebhookEndpointDto } | { kind: 'enable' } | { kind: 'replay'; body: ReplayWebhookDeliveriesDto };

export class ChangeWebhookEndpoint extends Command<CommandResponse> {
  constructor(
    readonly endpointId: string,
    readonly change: WebhookEndpointChange,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/** A coordinator disables an endpoint (with the reason), enables it again, or has it sent everything again from a position. */
@CommandHandler(ChangeWebhookEndpoint)
export class ChangeWebhookEndpointHandler implements ICommandHandler<ChangeWebhookEndpoint, CommandResponse> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ endpointId, change, user, metadata }: ChangeWebhookEndpoint): Promise<CommandResponse> {
    const by = user.userId;
    const now = this.clock.now();
    let command: WebhookCommand;
    switch (change.kind) {
      case 'disable':
        command = { type: 'DisableWebhookEndpoint', reason: change.body.reason, automatic: false, by, now };
        break;
      case 'enable':
        command = { type: 'EnableWebhookEndpoint', by, now };
        break;
      case 'replay': {
        const head = await this.store.headPosition();
        if (BigInt(change.body.fromPosition) > head) {
          throw new InvalidValue('fromPosition', 'must not be past the head of the log, {head}', 'past-the-head', { head: head.toString() });
        }
        command = { type: 'ReplayWebhookDeliveries', fromPosition: change.body.fromPosition, by, now };
        break;
      }
    }
    return this.executor.runFor(endpointId, metadata, async (unitOfWork) => {
      await unitOfWork.decide(webhookEndpointStreamId(endpointId), webhookDecider, command);
    });
  }
}
