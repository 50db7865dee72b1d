import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { AccessLog, accessOf, type PatientDetailsAccessed } from '@telemed/audit';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { IsInstant, NAME_MAX } from '../requests/dto';
import { checkRange, decodeLogCursor, encodeLogCursor, LOG_PAGE_SIZE, LogPageQueryDto, readLogPage, withinRange } from './log-pages';

export class ListAccessTrailDto extends LogPageQueryDto {
  @ApiPropertyOptional({ description: 'only reads by this user id' })
  @IsOptional()
  @IsString()
  @MaxLength(NAME_MAX)
  userId?: string;

  @ApiPropertyOptional({ description: 'only reads of this consultation or case review' })
  @IsOptional()
  @IsString()
  @MaxLength(NAME_MAX)
  caseId?: string;

  @ApiPropertyOptional({ description: 'read at or after this instant' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'read before this instant' })
  @IsOptional()
  @IsInstant()
  to?: string;
}

export class ListAccessTrail {
  constructor(readonly filter: ListAccessTrailDto) {}
}

/** Who read which patient's case, when, from where, and whether it was allowed: oldest first. */
@QueryHandler(ListAccessTrail)
export class ListAccessTrailHandler implements IQueryHandler<ListAccessTrail> {
  constructor(private readonly accessLog: AccessLog) {}

  async execute({ filter }: ListAccessTrail) {
    checkRange(filter.from, filter.to);
    const matches = (event: RecordedEvent) => {
      const access = event.data as PatientDetailsAccessed;
      return (
        (filter.userId === undefined || access.userId === filter.userId) &&
        (filter.caseId === undefined || access.caseId === filter.caseId) &&
        withinRange(access.at, filter.from, filter.to)
      );
    };
    const page = await readLogPage(
      (options) => this.accessLog.readAll(options),
      decodeLogCursor('access', filter.cursor),
      filter.limit ?? LOG_PAGE_SIZE,
      matches,
    );
    return {
      items: page.events.map(accessOf),
      nextCursor: page.nextAfter === null ? null : encodeLogCursor('access', page.nextAfter),
    };
  }
}
