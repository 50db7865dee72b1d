import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { InvalidValue } from '@telemed/domain/core';
import { hospitalDecider, hospitalStreamId } from '@telemed/domain/hospital';
import { EVERY_WEBHOOK_EVENT_TYPE, MAX_WEBHOOK_URL_LENGTH, WEBHOOK_EVENT_TYPES, webhookDecider, webhookEndpointStreamId } from '@telemed/domain/webhook';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CommandExecutor } from '../commands/command-executor';
import { Clock, IdGenerator } from '../infrastructure/tokens';
import { IsId, NAME_MAX } from '../requests/dto';
import { WebhookDeliveryState } from './webhook-delivery-state';
import { newWebhookSecret } from './webhook-secrets';
import { loadEstablishedPartnership } from '../network/established-partnership';

export class RegisterWebhookEndpointDto {
  @ApiProperty({
    example: 'https://his.kashgar2.example/telemed/webhooks',
    description: 'where deliveries are POSTed: https, or plain http on a loopback address (development); no user name or password in it',
    maxLength: MAX_WEBHOOK_URL_LENGTH,
  })
  @IsString()
  @MaxLength(MAX_WEBHOOK_URL_LENGTH)
  url: string;

  @ApiProperty({
    type: [String],
    example: ['ConsultationRequested', 'ConsultationOpinionSigned'],
    description: `the event types to deliver, or \`${EVERY_WEBHOOK_EVENT_TYPE}\` for all of: ${WEBHOOK_EVENT_TYPES.join(', ')}`,
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  eventTypes: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'deliver only what concerns this partnership' })
  @IsOptional()
  @IsId()
  partnershipId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'the hospital whose system this is: only what concerns it is delivered, and patient details only of its own patients; without it, nothing of any patient',
  })
  @IsOptional()
  @IsId()
  hospitalId?: string;

  @ApiPropertyOptional({ example: 'HIS of Kashgar No. 2 People’s Hospital', maxLength: NAME_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(NAME_MAX)
  description?: string;
}

/** What a registration answers: the secret is shown this once and never again. */
export interface RegisteredWebhookEndpoint {
  id: string;
  position: string;
  secret: string;
}

export class RegisterWebhookEndpoint extends Command<RegisteredWebhookEndpoint> {
  constructor(
    readonly body: RegisterWebhookEndpointDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/**
 * Registers an endpoint: its partnership and hospital must be registered (and the hospital a side
 * of the partnership), the decider checks the address and event types, and the signing secret is
 * kept, sealed, before the registration is appended.
 */
@CommandHandler(RegisterWebhookEndpoint)
export class RegisterWebhookEndpointHandler implements ICommandHandler<RegisterWebhookEndpoint, RegisteredWebhookEndpoint> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly delivery: WebhookDeliveryState,
  ) {}

  async execute({ body, user, metadata }: RegisterWebhookEndpoint): Promise<RegisteredWebhookEndpoint> {
    const endpointId = this.ids.next();
    const secret = newWebhookSecret();
    const now = this.clock.now();
    const outcome = await this.executor.run(metadata, async (unitOfWork) => {
      if (body.partnershipId !== undefined) {
        const { state } = await loadEstablishedPartnership(unitOfWork, body.partnershipId);
        if (body.hospitalId !== undefined && body.hospitalId !== state.givingHospitalId && body.hospitalId !== state.receivingHospitalId) {
          throw new InvalidValue('hospitalId', 'is neither side of the partnership', 'hospital-not-in-partnership');
        }
      }
      if (body.hospitalId !== undefined) {
        const { state } = await unitOfWork.load(hospitalStreamId(body.hospitalId), hospitalDecider);
        if (state.status !== 'registered') throw new InvalidValue('hospitalId', 'no such hospital', 'unknown-hospital');
      }
      unitOfWork.start(webhookEndpointStreamId(endpointId), webhookDecider, {
        type: 'RegisterWebhookEndpoint',
        endpointId,
        url: body.url,
        eventTypes: body.eventTypes,
        ...(body.partnershipId !== undefined && { partnershipId: body.partnershipId }),
        ...(body.hospitalId !== undefined && { hospitalId: body.hospitalId }),
        ...(body.description !== undefined && { description: body.description }),
        by: user.userId,
        now,
      });
      // Kept before the registration is appended: an endpoint never exists without its secret.
      await this.delivery.keepSecret(endpointId, secret, now);
    });
    return { id: endpointId, position: outcome.position.toString(), secret };
  }
}
