import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata, RecordedEvent } from '@telemed/event-store/event-envelope';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { EVENT_STORE } from '../infrastructure/tokens';
import { IsInstant, NAME_MAX } from '../requests/dto';
import { AccessRecorder } from './access-recorder';
import { disclosedCases, envelopeView } from './audit-envelope';
import { checkRange, decodeLogCursor, encodeLogCursor, LOG_PAGE_SIZE, LogPageQueryDto, readLogPage, withinRange } from './log-pages';

const EVENT_TYPES = /^[A-Za-z][A-Za-z0-9]{0,99}(,[A-Za-z][A-Za-z0-9]{0,99}){0,49}$/;

export class ListLogEventsDto extends LogPageQueryDto {
  @ApiPropertyOptional({ description: 'only events caused by this user id (metadata.actor.userId)' })
  @IsOptional()
  @IsString()
  @MaxLength(NAME_MAX)
  actor?: string;

  @ApiPropertyOptional({ description: 'only events of these types, comma-separated', example: 'ConsultationRequested,ConsultationCancelled' })
  @IsOptional()
  @MaxLength(5000)
  @Matches(EVENT_TYPES, { message: '$property must be a comma-separated list of event types' })
  type?: string;

  @ApiPropertyOptional({ description: 'recorded at or after this instant' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'recorded before this instant' })
  @IsOptional()
  @IsInstant()
  to?: string;
}

export class ListLogEvents {
  constructor(
    readonly filter: ListLogEventsDto,
    readonly user: AuthenticatedUser,
    readonly metadata: EventMetadata,
  ) {}
}

/**
 * The whole log in position order, filtered by who caused an event, its type and when it was
 * recorded. Read from the event store itself, never from read models: this is what was written.
 * A page may be short and still carry a `nextCursor` when a sparse filter ran out of scan budget.
 */
@QueryHandler(ListLogEvents)
export class ListLogEventsHandler implements IQueryHandler<ListLogEvents> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly accessRecorder: AccessRecorder,
  ) {}

  async execute({ filter, user, metadata }: ListLogEvents) {
    checkRange(filter.from, filter.to);
    const after = decodeLogCursor('log', filter.cursor);
    const eventTypes = filter.type?.split(',');
    const matches = (event: RecordedEvent) =>
      (filter.actor === undefined || event.metadata.actor?.userId === filter.actor) && withinRange(event.recordedAt, filter.from, filter.to);
    const page = await readLogPage(
      (options) => this.store.readAll({ ...options, filter: eventTypes && { eventTypes } }),
      after,
      filter.limit ?? LOG_PAGE_SIZE,
      matches,
    );
    await this.accessRecorder.recordOrRefuse(metadata, disclosedCases(page.events, user, 'export'));
    return {
      items: page.events.map((event) => envelopeView(event, user)),
      nextCursor: page.nextAfter === null ? null : encodeLogCursor('log', page.nextAfter),
    };
  }
}
