import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DomainError, InvalidValue, NotFound } from '@telemed/domain/core';
import { PROGRAMMES, type Programme } from '@telemed/domain/partnership';
import type { AuthenticatedUser } from '@telemed/auth';
import type { SqlExecutor, SqlValue } from '@telemed/projections';
import { IsCalendarDate, IsId } from '../requests/dto';
import { ledgerListConditions } from '../reading/ledger-list-conditions';
import { ReadQueryDto } from '../reading/read-query.dto';

/** What a programme report is about, and the period it covers. */
export class ReportScopeDto extends ReadQueryDto {
  @ApiPropertyOptional({ enum: PROGRAMMES, description: 'every partnership of this programme, and the consortia their receiving hospitals lead' })
  @IsOptional()
  @IsIn(PROGRAMMES)
  programme?: Programme;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId()
  partnershipId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId()
  givingHospitalId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'its partnerships, and the consortia it leads' })
  @IsOptional()
  @IsId()
  receivingHospitalId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'its members joining, and the partnerships between its lead and members' })
  @IsOptional()
  @IsId()
  consortiumId?: string;

  @ApiPropertyOptional({ example: '2018-01-01', description: 'first Beijing day counted' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2020-12-31', description: 'last Beijing day counted (inclusive)' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export const SCOPE_PARAMETERS = ['programme', 'partnershipId', 'givingHospitalId', 'receivingHospitalId', 'consortiumId'] as const;

/** A report is about exactly one programme, partnership, hospital or consortium. */
export class ReportScopeRequired extends DomainError {
  constructor(given: number) {
    super('invalid', 'report-scope-required', `name exactly one of ${SCOPE_PARAMETERS.join(', ')}; ${given} given`, [], { given });
  }
}

export interface ResolvedScope {
  /** The scope as asked, for the report's heading and file names. */
  kind: (typeof SCOPE_PARAMETERS)[number];
  id: string;
  from?: string;
  to?: string;
  where: string[];
  params: SqlValue[];
}

/**
 * The conditions on programme facts that make up one report: its scope, its period, and for a
 * role that sees only its own hospital, the facts that hospital is on. An id that does not exist
 * is 404, never an empty report that looks like a quiet year.
 */
export async function resolveReportScope(db: SqlExecutor, query: ReportScopeDto, user: AuthenticatedUser): Promise<ResolvedScope> {
  const given = SCOPE_PARAMETERS.filter((name) => query[name] !== undefined);
  if (given.length !== 1) throw new ReportScopeRequired(given.length);
  const kind = given[0];
  const id = query[kind] as string;
  if (query.from && query.to && query.to < query.from) {
    throw new InvalidValue('to', 'must not be before from');
  }
  const { where, params } = ledgerListConditions('report.read-programme', user, [
    ['occurred_on >= ?', query.from],
    ['occurred_on <= ?', query.to],
  ]);
  switch (kind) {
    case 'programme':
      where.push(
        `(partnership_id IN (SELECT id FROM partnerships WHERE programme = ?) OR (consortium_id IS NOT NULL AND receiving_hospital_id IN (SELECT receiving_hospital_id FROM partnerships WHERE programme = ?)))`,
      );
      params.push(id, id);
      break;
    case 'partnershipId':
      await requireRow(db, 'partnerships', id, 'partnership');
      where.push('partnership_id = ?');
      params.push(id);
      break;
    case 'givingHospitalId':
      await requireRow(db, 'hospitals', id, 'hospital');
      where.push('giving_hospital_id = ?');
      params.push(id);
      break;
    case 'receivingHospitalId':
      await requireRow(db, 'hospitals', id, 'hospital');
      where.push('receiving_hospital_id = ?');
      params.push(id);
      break;
    case 'consortiumId': {
      await requireRow(db, 'consortia', id, 'consortium');
      // Work inside a consortium: its own facts, and the partnerships between two of its institutions.
      const participants = `(SELECT lead_hospital_id FROM consortia WHERE id = ? UNION SELECT hospital_id FROM consortium_members WHERE consortium_id = ?)`;
      where.push(`(consortium_id = ? OR (partnership_id IS NOT NULL AND giving_hospital_id IN ${participants} AND receiving_hospital_id IN ${participants}))`);
      params.push(id, id, id, id, id);
      break;
    }
  }
  return { kind, id, from: query.from, to: query.to, where, params };
}

async function requireRow(db: SqlExecutor, table: string, id: string, what: string): Promise<void> {
  if (!(await db.get(`SELECT id FROM ${table} WHERE id = ?`, [id]))) throw new NotFound(what, id);
}
