import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { NotFound } from '@telemed/domain/core';
import type { AuthenticatedUser } from '@telemed/auth';
import type { ReadModelStore, SqlValue } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { IsId } from '../requests/dto';
import { isAllowed } from '../access/scope';
import { GROUPING_RULES } from './stats-groupings';
import { statsRange, StatsRangeDto } from './stats.queries';

type Row = Record<string, any>;

export const TURNAROUND_GROUPINGS = ['month', 'department'] as const;

export class TurnaroundQueryDto extends StatsRangeDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'one partnership; without it, every partnership the caller may see' })
  @IsOptional()
  @IsId()
  partnershipId?: string;

  @ApiPropertyOptional({ enum: TURNAROUND_GROUPINGS, description: 'month: by the Beijing month of the request; department: by department pairing' })
  @IsOptional()
  @IsIn(TURNAROUND_GROUPINGS)
  groupBy?: (typeof TURNAROUND_GROUPINGS)[number];
}

/** The nearest-rank percentile of sorted values: the smallest value with at least `p`% of the values at or below it. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

const minutes = (seconds: number | null) => (seconds === null ? null : Math.round((seconds / 60) * 10) / 10);

function stage(rows: Row[], secondsColumn: string, inTimeColumn: string) {
  const measured = rows.filter((row) => row[secondsColumn] !== null && row[secondsColumn] !== undefined);
  const sorted = measured.map((row) => Number(row[secondsColumn])).sort((a, b) => a - b);
  const judged = measured.filter((row) => row[inTimeColumn] !== null && row[inTimeColumn] !== undefined);
  const inTime = judged.filter((row) => Number(row[inTimeColumn]) === 1).length;
  return {
    count: measured.length,
    medianMinutes: minutes(percentile(sorted, 50)),
    p90Minutes: minutes(percentile(sorted, 90)),
    withinTarget: judged.length === 0 ? null : Math.round((inTime / judged.length) * 1000) / 1000,
    withTarget: judged.length,
  };
}

/** Turnaround of a set of consultations: times to accept and to answer, share within target, deadlines missed. */
function figures(rows: Row[]) {
  return {
    consultations: rows.length,
    accept: stage(rows, 'accept_seconds', 'accepted_in_time'),
    answer: stage(rows, 'answer_seconds', 'answered_in_time'),
    overdue: {
      response: rows.filter((row) => Number(row.accept_overdue) === 1).length,
      opinion: rows.filter((row) => Number(row.answer_overdue) === 1).length,
    },
  };
}

export class GetTurnaround {
  constructor(
    readonly query: TurnaroundQueryDto,
    readonly user: AuthenticatedUser,
  ) {}
}

@QueryHandler(GetTurnaround)
export class GetTurnaroundHandler implements IQueryHandler<GetTurnaround> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ query, user }: GetTurnaround) {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (query.partnershipId) {
      const partnership = await this.db.get<Row>('SELECT * FROM partnerships WHERE id = ?', [query.partnershipId]);
      const hospitalIds = partnership ? [partnership.giving_hospital_id, partnership.receiving_hospital_id] : [];
      if (!partnership || !isAllowed('stats.read-turnaround', user, { hospitalIds })) throw new NotFound('partnership', query.partnershipId);
      where.push('partnership_id = ?');
      params.push(query.partnershipId);
    } else if (user.role !== 'coordinator' && user.role !== 'auditor') {
      // Clinicians and experts see the partnerships of their own hospital.
      where.push('partnership_id IN (SELECT id FROM partnerships WHERE giving_hospital_id = ? OR receiving_hospital_id = ?)');
      params.push(user.hospitalId!, user.hospitalId!);
    }
    const { from, to } = statsRange(query);
    if (from) {
      where.push('requested_at >= ?');
      params.push(from);
    }
    if (to) {
      where.push('requested_at < ?');
      params.push(to);
    }
    const rows = await this.db.all<Row>(
      `SELECT * FROM consultation_turnaround ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY consultation_id`,
      params,
    );
    const column = query.groupBy === 'department' ? 'pairing_id' : query.groupBy === 'month' ? 'period' : undefined;
    const series = [];
    if (column) {
      const groups = new Map<string, Row[]>();
      for (const row of rows) groups.set(row[column], [...(groups.get(row[column]) ?? []), row]);
      const rule = GROUPING_RULES[column === 'period' ? 'month' : 'pairing'];
      for (const { key, fields } of await rule.describe(this.db, [...groups.keys()])) series.push({ ...fields, ...figures(groups.get(key)!) });
    }
    return { ...(query.partnershipId && { partnershipId: query.partnershipId }), ...(from && { from }), ...(to && { to }), ...figures(rows), series };
  }
}
