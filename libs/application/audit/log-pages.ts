import { InvalidValue } from '@telemed/domain/core';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import type { ReadAllSlice } from '@telemed/event-store/event-store.port';
import { decodeCursor, encodeCursor, IsCursor } from '../reading/cursor';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ReadQueryDto } from '../reading/read-query.dto';

/** Entries a page of the log or the access trail holds unless the caller asks for fewer or more. */
export const LOG_PAGE_SIZE = 100;

/** The paging of a read of the log or the access trail: longer pages than a list's, up to 500 entries. */
export class LogPageQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ description: 'opaque cursor from the previous page' })
  @IsOptional()
  @IsCursor()
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: LOG_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

const BATCH = 500;
/** How many events one request looks at at most; a sparse filter then answers a short page and a cursor. */
const SCAN_BUDGET = 20_000;

export interface LogPage {
  events: RecordedEvent[];
  /** Where the next page starts: the position after which the log has not been looked at; null at the end. */
  nextAfter: bigint | null;
}

/**
 * One page of a log in position order: the events after `after` that `matches`, at most `limit`.
 * A page may hold fewer than `limit` events and still have a next one, when the scan budget ran
 * out first; only a null `nextAfter` says the log was read to its end.
 */
export async function readLogPage(
  readAll: (options: { after: bigint; maxCount: number }) => Promise<ReadAllSlice>,
  after: bigint,
  limit: number,
  matches: (event: RecordedEvent) => boolean,
): Promise<LogPage> {
  const events: RecordedEvent[] = [];
  let cursor = after;
  let scanned = 0;
  for (;;) {
    const slice = await readAll({ after: cursor, maxCount: BATCH });
    for (const event of slice.events) {
      if (!matches(event)) continue;
      if (events.length === limit) return { events, nextAfter: events[limit - 1].globalPosition };
      events.push(event);
    }
    scanned += slice.events.length;
    // A slice shorter than asked for reached the head of the log.
    if (slice.events.length < BATCH) return { events, nextAfter: null };
    cursor = slice.scannedUpTo;
    if (scanned >= SCAN_BUDGET) return { events, nextAfter: cursor };
  }
}

/** Cursors name the log they page through, so a cursor of one listing is refused by another. */
export function encodeLogCursor(log: string, after: bigint): string {
  return encodeCursor({ at: after.toString(), id: log });
}

export function decodeLogCursor(log: string, cursor: string | undefined): bigint {
  if (cursor === undefined) return 0n;
  const decoded = decodeCursor(cursor);
  if (decoded.id !== log || !/^\d{1,19}$/.test(decoded.at)) throw new InvalidValue('cursor', 'is not a valid cursor');
  return BigInt(decoded.at);
}

/** `from` is inclusive and `to` exclusive; both are optional. */
export function withinRange(instant: string, from?: string, to?: string): boolean {
  const at = Date.parse(instant);
  return (from === undefined || at >= Date.parse(from)) && (to === undefined || at < Date.parse(to));
}

export function checkRange(from?: string, to?: string): void {
  if (from !== undefined && to !== undefined && Date.parse(from) > Date.parse(to)) {
    throw new InvalidValue('to', 'must not be before from');
  }
}
