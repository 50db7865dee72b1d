import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { resolveStream } from '@telemed/audit';
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

/** Every event of one stream (named, or resolved from a raw id), oldest first, with its whole envelope: who, when, from where, and its place in the chain. */
@QueryHandler(GetStreamHistory)
export class GetStreamHistoryHandler implements IQueryHandler<GetStreamHistory> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly accessRecorder: AccessRecorder,
  ) {}

  async execute({ streamId, user, metadata }: GetStreamHistory) {
    const stream = await resolveStream(this.store, streamId);
    await this.accessRecorder.recordOrRefuse(metadata, disclosedCases(stream.events, user, 'view'));
    return { streamId: stream.streamId, events: stream.events.map((event) => envelopeView(event, user)) };
  }
}
