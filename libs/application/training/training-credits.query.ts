import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { InvalidValue, NotFound } from '@telemed/domain/core';
import type { AuthenticatedUser } from '@telemed/auth';
import type { ReadModelStore, SqlValue } from '@telemed/projections';
import { READ_MODELS } from '../infrastructure/tokens';
import { IsCalendarDate, IsName } from '../requests/dto';
import { readKeysetPage } from '../reading/keyset-page';
import { DEFAULT_PAGE_SIZE, PageQueryDto } from '../reading/page-query.dto';
import { requireAllowed } from '../access/scope';

type Row = Record<string, any>;

export class TrainingCreditsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '2024-01-01', description: 'sessions held on or after this Beijing day' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2024-12-31', description: 'sessions held on or before this Beijing day' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ description: 'one person only' })
  @IsOptional()
  @IsName()
  staffId?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'csv: the page as a table to print' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export interface AttendedSession {
  trainingSessionId: string;
  title: string;
  heldAt: string;
  minutes: number;
  wholeSession: boolean;
  credits?: { category: 'I' | 'II'; points: number };
}

export interface PersonCredits {
  staffId: string;
  name: string;
  /** As recorded at the latest session they attended. */
  role?: string;
  title?: string;
  sessions: number;
  minutes: number;
  credits: { I: number; II: number };
  attended: AttendedSession[];
}

export class GetTrainingCredits {
  constructor(
    readonly hospitalId: string,
    readonly query: TrainingCreditsQueryDto,
    readonly user: AuthenticatedUser,
  ) {}
}

/** The first instant of a Beijing day, in UTC as stored. */
const beijingMidnight = (date: string, dayOffset = 0) => new Date(Date.parse(`${date}T00:00:00+08:00`) + dayOffset * 86_400_000).toISOString();

/** Sums of points are kept to a tenth: the sum of tenths in floating point would not be. */
const tenths = (value: number) => Math.round(value * 10) / 10;

/**
 * Each staff member's continuing-education record at a receiving hospital: the sessions held that
 * they attended, minutes and credits (I类, II类), with totals, paged by staff id.
 */
@QueryHandler(GetTrainingCredits)
export class GetTrainingCreditsHandler implements IQueryHandler<GetTrainingCredits> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ hospitalId, query, user }: GetTrainingCredits) {
    if (!(await this.db.get('SELECT id FROM hospitals WHERE id = ?', [hospitalId]))) throw new NotFound('hospital', hospitalId);
    requireAllowed('training.read-credits', user, { hospitalIds: [hospitalId] }, 'a hospital’s training credits are read by that hospital, the coordinators and the auditors');
    if (query.from && query.to && query.to < query.from) throw new InvalidValue('to', 'must not be before from');
    const where = ["s.receiving_hospital_id = ?", "s.status = 'held'"];
    const params: SqlValue[] = [hospitalId];
    if (query.from) {
      where.push('s.held_at >= ?');
      params.push(beijingMidnight(query.from));
    }
    if (query.to) {
      where.push('s.held_at < ?');
      params.push(beijingMidnight(query.to, 1));
    }
    if (query.staffId) {
      where.push('a.staff_id = ?');
      params.push(query.staffId);
    }
    const from = 'FROM training_attendance a JOIN training_sessions s ON s.id = a.session_id';
    const { rows: people, nextCursor } = await readKeysetPage<Row>(this.db, {
      select: `SELECT DISTINCT a.staff_id ${from}`,
      where,
      params,
      sortColumn: 'a.staff_id',
      idColumn: 'a.staff_id',
      sortKeyOf: (row) => row.staff_id,
      idOf: (row) => row.staff_id,
      direction: 'ascending',
      cursor: query.cursor,
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
    });
    const staffIds = people.map((row) => row.staff_id as string);
    const rows =
      staffIds.length === 0
        ? []
        : await this.db.all<Row>(
            `SELECT a.staff_id, a.name, a.role, a.title AS professional_title, a.minutes, a.whole_session, a.credit_category, a.points_earned,
               s.id AS session_id, s.title AS session_title, s.held_at
             ${from} WHERE ${where.join(' AND ')} AND a.staff_id IN (${staffIds.map(() => '?').join(', ')})
             ORDER BY a.staff_id, s.held_at, s.id`,
            [...params, ...staffIds],
          );
    const items = staffIds.map((staffId) => personCredits(staffId, rows.filter((row) => row.staff_id === staffId)));
    return { hospitalId, from: query.from ?? null, to: query.to ?? null, items, nextCursor };
  }
}

function personCredits(staffId: string, rows: Row[]): PersonCredits {
  const latest = rows[rows.length - 1];
  const credits = { I: 0, II: 0 };
  const attended = rows.map((row): AttendedSession => {
    const points = Number(row.points_earned);
    if (row.credit_category === 'I' || row.credit_category === 'II') credits[row.credit_category as 'I' | 'II'] = tenths(credits[row.credit_category as 'I' | 'II'] + points);
    return {
      trainingSessionId: row.session_id,
      title: row.session_title,
      heldAt: row.held_at,
      minutes: Number(row.minutes),
      wholeSession: Number(row.whole_session) === 1,
      ...(row.credit_category ? { credits: { category: row.credit_category, points } } : {}),
    };
  });
  return {
    staffId,
    name: latest?.name ?? '',
    ...(latest?.role ? { role: latest.role } : {}),
    ...(latest?.professional_title ? { title: latest.professional_title } : {}),
    sessions: rows.length,
    minutes: rows.reduce((sum, row) => sum + Number(row.minutes), 0),
    credits,
    attended,
  };
}

/** The page as a table a hospital prints for its staff: one line per person, UTF-8 with a byte-order mark. */
export function trainingCreditsCsv(items: PersonCredits[]): string {
  const field = (value: string | number) => (/[",\r\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));
  const lines = [
    ['staffId', 'name', 'role', 'title', 'sessions', 'minutes', 'creditsI', 'creditsII'],
    ...items.map((person) => [person.staffId, person.name, person.role ?? '', person.title ?? '', person.sessions, person.minutes, person.credits.I, person.credits.II]),
  ];
  return '\uFEFF' + lines.map((line) => line.map(field).join(',')).join('\r\n') + '\r\n';
}
