import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, MaxLength, Matches } from 'class-validator';
import { Forbidden, InvalidValue, isCalendarDate, NotFound } from '@telemed/domain/core';
import type { AuthenticatedUser } from '@telemed/auth';
import type { ReadModelStore, SqlValue } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { GROUPING_RULES, GROUPINGS, type Grouping } from './stats-groupings';
import { isAllowed } from '../access/scope';
import { ReadQueryDto } from '../reading/read-query.dto';

type Row = Record<string, any>;


/** A Beijing calendar day (`2024-01-01`) or an ISO-8601 instant with an offset. */
const DATE_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const BEIJING_MIDNIGHT = 'T00:00:00+08:00';
const DAY_MS = 86_400_000;

/**
 * The instants a stats range stands for: a calendar date is a Beijing day, `from` its start and
 * `to` (inclusive) the start of the day after; an instant is itself. Invalid dates are refused.
 */
export function statsRange(query: { from?: string; to?: string }): { from?: string; to?: string } {
  const bound = (field: 'from' | 'to', value: string | undefined) => {
    if (value === undefined) return undefined;
    const date = value.length === 10;
    if ((date && !isCalendarDate(value)) || Number.isNaN(Date.parse(date ? `${value}${BEIJING_MIDNIGHT}` : value))) {
      throw new InvalidValue(field, 'must be a calendar date (YYYY-MM-DD) or an ISO-8601 instant');
    }
    const at = Date.parse(date ? `${value}${BEIJING_MIDNIGHT}` : value) + (date && field === 'to' ? DAY_MS : 0);
    return new Date(at).toISOString();
  };
  const from = bound('from', query.from);
  const to = bound('to', query.to);
  if (from && to && to <= from) throw new InvalidValue('to', 'must be after from');
  return { ...(from && { from }), ...(to && { to }) };
}

/** The range every stats route takes. */
export class StatsRangeDto extends ReadQueryDto {
  @ApiPropertyOptional({ description: 'count facts at or after this instant, or from the start of this Beijing day (`2024-01-01`)' })
  @IsOptional()
  @MaxLength(40)
  @Matches(DATE_OR_INSTANT, { message: '$property must be a calendar date (YYYY-MM-DD) or an ISO-8601 instant' })
  from?: string;

  @ApiPropertyOptional({ description: 'count facts before this instant, or up to the end of this Beijing day (`2024-12-31`, inclusive)' })
  @IsOptional()
  @MaxLength(40)
  @Matches(DATE_OR_INSTANT, { message: '$property must be a calendar date (YYYY-MM-DD) or an ISO-8601 instant' })
  to?: string;
}

export class StatsQueryDto extends StatsRangeDto {
  @ApiPropertyOptional({
    enum: GROUPINGS,
    description:
      'month, year: a series by Beijing-time period; pairing: by department pairing; receivingHospital, givingHospital: by hospital. ' +
      'Each series entry names its group (`label: {zh, en}`, and the hospital or departments it stands for).',
  })
  @IsOptional()
  @IsIn(GROUPINGS)
  groupBy?: Grouping;
}

export interface ActivityCounts {
  consultations: { requested: number; completed: number; declined: number; cancelled: number; responseOverdue: number; opinionOverdue: number };
  /** Ratings of signed opinions: how many, and how many gave each score 1-5. */
  feedback: { given: number; usefulness: Record<'1' | '2' | '3' | '4' | '5', number> };
  caseReviews: { requested: number; concluded: number; cancelled: number; responseOverdue: number; conclusionOverdue: number };
  training: { sessionsHeld: number; personTimes: number };
  /** Case materials attached to consultations and case reviews: uploaded files and referenced DICOM studies. */
  materials: { attached: number; files: number; dicomStudies: number };
}

function emptyCounts(): ActivityCounts {
  return {
    consultations: { requested: 0, completed: 0, declined: 0, cancelled: 0, responseOverdue: 0, opinionOverdue: 0 },
    feedback: { given: 0, usefulness: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 } },
    caseReviews: { requested: 0, concluded: 0, cancelled: 0, responseOverdue: 0, conclusionOverdue: 0 },
    training: { sessionsHeld: 0, personTimes: 0 },
    materials: { attached: 0, files: 0, dicomStudies: 0 },
  };
}

function addRow(counts: ActivityCounts, row: Row): void {
  if (row.activity === 'feedback') {
    const score = String(row.metric).replace('usefulness-', '') as keyof ActivityCounts['feedback']['usefulness'];
    if (!(score in counts.feedback.usefulness)) return;
    counts.feedback.usefulness[score] += Number(row.total);
    counts.feedback.given += Number(row.total);
    return;
  }
  const section = (counts as unknown as Record<string, Record<string, number>>)[row.activity];
  if (!section || !(row.metric in section)) return;
  section[row.metric] += Number(row.total);
  if (row.activity === 'materials') counts.materials.attached += Number(row.total);
}

/** Counts of events by business time, summed from the activity facts. */
export async function countActivities(
  db: ReadModelStore,
  scope: { partnershipId?: string },
  query: StatsQueryDto,
) {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (scope.partnershipId) {
    where.push('partnership_id = ?');
    params.push(scope.partnershipId);
  }
  const { from, to } = statsRange(query);
  if (from) {
    where.push('occurred_at >= ?');
    params.push(from);
  }
  if (to) {
    where.push('occurred_at < ?');
    params.push(to);
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const grouping = query.groupBy && GROUPING_RULES[query.groupBy];
  const rows = await db.all<Row>(
    `SELECT activity, metric, ${grouping?.column ?? "''"} AS grp, SUM(amount) AS total
     FROM activity_facts ${filter} GROUP BY activity, metric${grouping ? `, ${grouping.column}` : ''}`,
    params,
  );
  const totals = emptyCounts();
  const groups = new Map<string, ActivityCounts>();
  for (const row of rows) {
    addRow(totals, row);
    if (grouping) {
      const key = row.grp ?? '';
      if (!groups.has(key)) groups.set(key, emptyCounts());
      addRow(groups.get(key)!, row);
    }
  }
  const series = grouping ? (await grouping.describe(db, [...groups.keys()])).map(({ key, fields }) => ({ ...fields, ...groups.get(key)! })) : [];
  return {
    ...(from && { from }),
    ...(to && { to }),
    ...totals,
    series,
    // The list groupBy=pairing answered before every grouping filled the series; kept for its clients.
    ...(query.groupBy === 'pairing' && { pairings: series }),
  };
}

export class GetPartnershipStats {
  constructor(
    readonly partnershipId: string,
    readonly query: StatsQueryDto,
    readonly user: AuthenticatedUser,
  ) {}
}

@QueryHandler(GetPartnershipStats)
export class GetPartnershipStatsHandler implements IQueryHandler<GetPartnershipStats> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ partnershipId, query, user }: GetPartnershipStats) {
    const partnership = await this.db.get<Row>('SELECT * FROM partnerships WHERE id = ?', [partnershipId]);
    if (!partnership) throw new NotFound('partnership', partnershipId);
    if (!isAllowed('stats.read-partnership', user, { hospitalIds: [partnership.giving_hospital_id, partnership.receiving_hospital_id] })) {
      throw new NotFound('partnership', partnershipId);
    }
    return { partnershipId, ...(await countActivities(this.db, { partnershipId }, query)) };
  }
}

export class GetOverviewStats {
  constructor(
    readonly query: StatsQueryDto,
    readonly user: AuthenticatedUser,
  ) {}
}

@QueryHandler(GetOverviewStats)
export class GetOverviewStatsHandler implements IQueryHandler<GetOverviewStats> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ query, user }: GetOverviewStats) {
    if (user.role !== 'coordinator' && user.role !== 'auditor') throw new Forbidden('the overview is for coordinators and auditors');
    return countActivities(this.db, {}, query);
  }
}
