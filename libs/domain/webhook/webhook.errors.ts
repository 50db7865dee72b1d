import { DomainError } from '@telemed/domain/core';

export class WebhookEndpointAlreadyRegistered extends DomainError {
  constructor(endpointId: string) {
    super('conflict', 'already-registered', `webhook endpoint ${endpointId} is already registered`, [], { what: 'webhook endpoint', id: endpointId });
  }
}
