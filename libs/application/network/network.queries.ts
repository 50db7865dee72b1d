import { Inject } from '@nestjs/common';
import { Query, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@telemed/domain/core';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import type { ReadModelStore, SqlValue } from '@telemed/projections';
import { Clock, READ_MODELS } from '../infrastructure/tokens';
import { IsName } from '../requests/dto';
import { ReadQueryDto } from '../reading/read-query.dto';
import { containsText } from '../reading/text-search';
import { partnershipViews } from './partnership-view';

type Row = Record<string, any>;

export interface HospitalView {
  id: string;
  name: string;
  nameZh: string | null;
  region: string;
  timezone: string;
  workingHours: { start: string; end: string };
  departments: Array<{ id: string; name: string; specialty: string }>;
  registeredAt: string;
}

async function hospitalViews(db: ReadModelStore, rows: Row[]): Promise<HospitalView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id as string);
  const departments = await db.all<Row>(
    `SELECT id, hospital_id, name, specialty FROM departments WHERE hospital_id IN (${ids.map(() => '?').join(', ')}) ORDER BY name, id`,
    ids,
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    nameZh: row.name_zh,
    region: row.region,
    timezone: row.timezone,
    workingHours: { start: row.working_start, end: row.working_end },
    departments: departments
      .filter((department) => department.hospital_id === row.id)
      .map((department) => ({ id: department.id, name: department.name, specialty: department.specialty })),
    registeredAt: row.registered_at,
  }));
}

export class ListHospitalsDto extends ReadQueryDto {
  @ApiPropertyOptional({ example: 'Xinjiang', description: 'hospitals of this region (ASCII letters in any case)' })
  @IsOptional()
  @IsName()
  region?: string;

  @ApiPropertyOptional({ example: 'kashgar', description: 'a part of the hospital’s English or Chinese name (ASCII letters in any case)' })
  @IsOptional()
  @IsName()
  q?: string;
}

export class ListHospitals {
  constructor(readonly filter: ListHospitalsDto = {}) {}
}

/** Hospitals by name; a network holds tens of them, so one answer holds them all. */
@QueryHandler(ListHospitals)
export class ListHospitalsHandler implements IQueryHandler<ListHospitals, { items: HospitalView[] }> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ filter }: ListHospitals = new ListHospitals()): Promise<{ items: HospitalView[] }> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.region !== undefined) {
      where.push('LOWER(region) = ?');
      params.push(filter.region.toLowerCase());
    }
    if (filter.q !== undefined) {
      const inName = containsText('name', filter.q);
      const inChineseName = containsText('name_zh', filter.q);
      where.push(`(${inName.condition} OR ${inChineseName.condition})`);
      params.push(inName.param, inChineseName.param);
    }
    const rows = await this.db.all<Row>(`SELECT * FROM hospitals ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY name, id`, params);
    return { items: await hospitalViews(this.db, rows) };
  }
}

export class GetHospital extends Query<HospitalView> {
  constructor(readonly hospitalId: string) {
    super();
  }
}

@QueryHandler(GetHospital)
export class GetHospitalHandler implements IQueryHandler<GetHospital, HospitalView> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ hospitalId }: GetHospital): Promise<HospitalView> {
    const [view] = await hospitalViews(this.db, await this.db.all<Row>('SELECT * FROM hospitals WHERE id = ?', [hospitalId]));
    if (!view) throw new NotFound('hospital', hospitalId);
    return view;
  }
}

export class GetPartnership {
  constructor(readonly partnershipId: string) {}
}

@QueryHandler(GetPartnership)
export class GetPartnershipHandler implements IQueryHandler<GetPartnership> {
  constructor(
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
    private readonly clock: Clock,
  ) {}

  async execute({ partnershipId }: GetPartnership) {
    const [view] = await partnershipViews(this.db, await this.db.all<Row>('SELECT * FROM partnerships WHERE id = ?', [partnershipId]), this.clock.now());
    if (!view) throw new NotFound('partnership', partnershipId);
    return view;
  }
}

export class GetExpert {
  constructor(readonly expertId: string) {}
}

@QueryHandler(GetExpert)
export class GetExpertHandler implements IQueryHandler<GetExpert> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute({ expertId }: GetExpert) {
    const row = await this.db.get<Row>('SELECT * FROM experts WHERE id = ?', [expertId]);
    if (!row) throw new NotFound('expert', expertId);
    return {
      id: row.id,
      name: row.name,
      hospitalId: row.hospital_id,
      departmentId: row.department_id,
      specialty: row.specialty,
      title: row.title,
      licensedSince: row.licensed_since,
      registeredAt: row.registered_at,
    };
  }
}
