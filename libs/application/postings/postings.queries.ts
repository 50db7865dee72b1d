import { Inject } from '@nestjs/common';
import { Query, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { BEIJING_TIME_ZONE, localDate } from '@telemed/domain/core';
import { POSTING_KINDS, POSTING_STATUSES, type PostingKind, type PostingStatus } from '@telemed/domain/posting';
import type { AuthenticatedUser } from '@telemed/auth';
import type { ReadModelStore } from '@telemed/projections';
import { Clock, READ_MODELS } from '../infrastructure/tokens';
import { IsCalendarDate, IsId } from '../requests/dto';
import { ReadQueryDto } from '../reading/read-query.dto';
import { PageQueryDto } from '../reading/page-query.dto';
import { type LedgerTable, readLedgerPage, readLedgerRow } from '../reading/ledger-read-side';
import type { ItemPage } from '../reading/keyset-page';
import { ledgerListConditions } from '../reading/ledger-list-conditions';
import { daysOnSite, personMonths } from './service-time';

type Row = Record<string, any>;

const POSTINGS: LedgerTable = { table: 'postings', entry: 'posting', read: 'posting.read', sortColumn: 'planned_start' };

export function postingView(row: Row, asOf: string) {
  const days = daysOnSite(row.arrived_on, row.returned_on, asOf);
  return {
    id: row.id,
    status: row.status as PostingStatus,
    kind: row.kind as PostingKind,
    expertId: row.expert_id ?? undefined,
    person: row.person_name ? { name: row.person_name, title: row.person_title ?? undefined } : undefined,
    role: row.role ?? undefined,
    partnershipId: row.partnership_id,
    pairingId: row.pairing_id ?? undefined,
    givingHospitalId: row.giving_hospital_id,
    receivingHospitalId: row.receiving_hospital_id,
    receivingDepartmentId: row.receiving_department_id ?? undefined,
    plannedStart: row.planned_start,
    plannedEnd: row.planned_end,
    originalEnd: row.original_end,
    extensionCount: Number(row.extension_count),
    arrivedOn: row.arrived_on ?? undefined,
    returnedOn: row.returned_on ?? undefined,
    cutShort: row.cut_short_on ? { on: row.cut_short_on, reason: row.cut_short_reason } : undefined,
    /** Days on site so far (arrival and return day both counted), and the same in person-months. */
    daysOnSite: days,
    personMonths: personMonths(days),
    dispatchedBy: row.dispatched_by,
    dispatchedAt: row.dispatched_at,
    updatedAt: row.updated_at,
    position: String(row.last_position),
  };
}

export type PostingView = ReturnType<typeof postingView>;

/** Clinicians and experts read only the postings of their own hospital, on either side (`own-hospital`). */
const today = (clock: Clock) => localDate(clock.now(), BEIJING_TIME_ZONE);

export class GetPosting extends Query<PostingView> {
  constructor(
    readonly postingId: string,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}

@QueryHandler(GetPosting)
export class GetPostingHandler implements IQueryHandler<GetPosting> {
  constructor(
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
    private readonly clock: Clock,
  ) {}

  async execute({ postingId, user }: GetPosting): Promise<PostingView> {
    const row = await readLedgerRow(this.db, POSTINGS, postingId, user);
    return postingView(row, today(this.clock));
  }
}

export class ListPostingsDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId()
  partnershipId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the department pairing served' })
  @IsOptional()
  @IsId()
  pairingId?: string;

  @ApiPropertyOptional({ enum: POSTING_KINDS })
  @IsOptional()
  @IsIn(POSTING_KINDS)
  kind?: PostingKind;

  @ApiPropertyOptional({ enum: POSTING_STATUSES })
  @IsOptional()
  @IsIn(POSTING_STATUSES)
  status?: PostingStatus;

  @ApiPropertyOptional({ example: '2026-06-01', description: 'only those on site that day: arrived on or before it, and not returned before it' })
  @IsOptional()
  @IsCalendarDate()
  onSiteAt?: string;
}

export class ListPostings extends Query<ItemPage<PostingView>> {
  constructor(
    readonly filter: ListPostingsDto,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}

/** Postings by planned start, latest first, paged by keyset. */
@QueryHandler(ListPostings)
export class ListPostingsHandler implements IQueryHandler<ListPostings> {
  constructor(
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
    private readonly clock: Clock,
  ) {}

  async execute({ filter, user }: ListPostings): Promise<ItemPage<PostingView>> {
    const { rows, nextCursor } = await readLedgerPage(this.db, POSTINGS, user, [
      ['partnership_id = ?', filter.partnershipId],
      ['pairing_id = ?', filter.pairingId],
      ['kind = ?', filter.kind],
      ['status = ?', filter.status],      ['arrived_on <= ? AND (returned_on IS NULL OR returned_on >= ?)', filter.onSiteAt],
    ], filter);
    // Days on site are counted up to the day asked about, or today.
    const asOf = filter.onSiteAt ?? today(this.clock);
    return {
      items: rows.map((row) => postingView(row, asOf)),
      nextCursor,
    };
  }
}

export class PostingsSummaryDto extends ReadQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId()
  partnershipId?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'count service up to this day (default today, Beijing time)' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class SummarisePostings {
  constructor(
    readonly filter: PostingsSummaryDto,
    readonly user: AuthenticatedUser,
  ) {}
}

interface Tally {
  postings: number;
  specialists: number;
  managementCadres: number;
  onSite: number;
  personMonths: number;
}

/** Postings, those on site and person-months of service, in total and per department pairing. */
@QueryHandler(SummarisePostings)
export class SummarisePostingsHandler implements IQueryHandler<SummarisePostings> {
  constructor(
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
    private readonly clock: Clock,
  ) {}

  async execute({ filter, user }: SummarisePostings) {
    const { where, params } = ledgerListConditions('posting.read', user);
    if (filter.partnershipId) {
      where.push('partnership_id = ?');
      params.push(filter.partnershipId);
    }
    const asOf = filter.asOf ?? today(this.clock);
    where.push('planned_start <= ?');
    params.push(asOf);
    const rows = await this.db.all<Row>(
      `SELECT id, kind, pairing_id, arrived_on, returned_on FROM postings WHERE ${where.join(' AND ')} ORDER BY id`,
      params,
    );
    const total = emptyTally();
    const byPairing = new Map<string, Tally>();
    let days = 0;
    const pairingDays = new Map<string, number>();
    for (const row of rows) {
      const served = daysOnSite(row.arrived_on, row.returned_on, asOf);
      const onSite = row.arrived_on !== null && row.arrived_on <= asOf && (row.returned_on === null || row.returned_on >= asOf);
      days += served;
      add(total, row.kind, onSite);
      if (row.pairing_id) {
        const tally = byPairing.get(row.pairing_id) ?? emptyTally();
        add(tally, row.kind, onSite);
        byPairing.set(row.pairing_id, tally);
        pairingDays.set(row.pairing_id, (pairingDays.get(row.pairing_id) ?? 0) + served);
      }
    }
    return {
      asOf,
      ...total,
      personMonths: personMonths(days),
      pairings: [...byPairing.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([pairingId, tally]) => ({ pairingId, ...tally, personMonths: personMonths(pairingDays.get(pairingId) ?? 0) })),
    };
  }
}

function emptyTally(): Tally {
  return { postings: 0, specialists: 0, managementCadres: 0, onSite: 0, personMonths: 0 };
}

function add(tally: Tally, kind: PostingKind, onSite: boolean): void {
  tally.postings += 1;
  if (kind === 'specialist') tally.specialists += 1;
  else tally.managementCadres += 1;
  if (onSite) tally.onSite += 1;
}
