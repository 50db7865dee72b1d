import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@telemed/domain/core';
import { isActiveOn } from '@telemed/domain/partnership';
import type { ReadModelStore } from '@telemed/projections';
import { Clock, READ_MODELS } from '../infrastructure/tokens';

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

export class ListHospitals {}

@QueryHandler(ListHospitals)
export class ListHospitalsHandler implements IQueryHandler<ListHospitals, { items: HospitalView[] }> {
  constructor(@Inject(READ_MODELS) private readonly db: ReadModelStore) {}

  async execute(): Promise<{ items: HospitalView[] }> {
    return { items: await hospitalViews(this.db, await this.db.all<Row>('SELECT * FROM hospitals ORDER BY name, id')) };
  }
}

export class GetHospital {
  constructor(readonly hospitalId: string) {}
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
    const row = await this.db.get<Row>('SELECT * FROM partnerships WHERE id = ?', [partnershipId]);
    if (!row) throw new NotFound('partnership', partnershipId);
    const pairings = await this.db.all<Row>('SELECT * FROM pairings WHERE partnership_id = ? ORDER BY paired_at, id', [partnershipId]);
    const partnership = {
      status: 'established' as const,
      partnershipId,
      givingHospitalId: row.giving_hospital_id,
      receivingHospitalId: row.receiving_hospital_id,
      programme: row.programme,
      validFrom: row.valid_from,
      validUntil: row.valid_until ?? undefined,
      pairings: {},
    };
    return {
      id: row.id,
      givingHospitalId: row.giving_hospital_id,
      receivingHospitalId: row.receiving_hospital_id,
      programme: row.programme,
      validFrom: row.valid_from,
      validUntil: row.valid_until,
      active: isActiveOn(partnership, this.clock.now()),
      establishedAt: row.established_at,
      pairings: pairings.map((pairing) => ({
        id: pairing.id,
        givingDepartmentId: pairing.giving_department_id,
        givingSpecialty: pairing.giving_specialty,
        receivingDepartmentId: pairing.receiving_department_id,
        receivingSpecialty: pairing.receiving_specialty,
        pairedAt: pairing.paired_at,
      })),
    };
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
