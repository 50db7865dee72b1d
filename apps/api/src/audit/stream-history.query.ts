import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@telemed/domain/core';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { EVENT_STORE } from '../infrastructure/tokens';
import { AccessRecorder } from './access-recorder';
import { disclosedCases, envelopeView } from './audit-envelope';

export class GetStreamHistory {
  constructor(
    readonly streamId: string,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {}
}

/** Every event of one stream, oldest first, with its whole envelope: who, when, from where, and its place in the chain. */
@QueryHandler(GetStreamHistory)
export class GetStreamHistoryHandler implements IQueryHandler<GetStreamHistory> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly accessRecorder: AccessRecorder,
  ) {}

  async execute({ streamId, user, metadata }: GetStreamHistory) {
    const events = await this.store.readStream(streamId);
    if (events.length === 0) throw new NotFound('stream', streamId);
    await this.accessRecorder.recordOrRefuse(metadata, disclosedCases(events, user, 'view'));
    return { streamId, events: events.map((event) => envelopeView(event, user)) };
  }
}
