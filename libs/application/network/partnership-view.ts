import { isActiveOn } from '@telemed/domain/partnership';
import type { SqlExecutor } from '@telemed/projections';
import { departmentsById, hospitalNames, type DepartmentName, type HospitalName } from './network-names';

type Row = Record<string, any>;

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/**
 * Partnerships as clients read them: the ids they act on, and beside each id the names a person
 * recognises (both hospitals in Chinese and English, each pairing's departments).
 */
export async function partnershipViews(db: SqlExecutor, rows: Row[], now: string) {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id as string);
  const pairings = await db.all<Row>(`SELECT * FROM pairings WHERE partnership_id IN (${placeholders(ids)}) ORDER BY paired_at, id`, ids);
  const hospitals = await hospitalNames(db, rows.flatMap((row) => [row.giving_hospital_id, row.receiving_hospital_id]));
  const departments = await departmentsById(db, pairings.flatMap((pairing) => [pairing.giving_department_id, pairing.receiving_department_id]));
  const hospital = (id: string): HospitalName => hospitals.get(id) ?? { id, name: id, nameZh: null };
  const department = (id: string, specialty: string): DepartmentName & { specialty: string } => {
    const known = departments.get(id);
    return { id, name: known?.name ?? id, specialty: known?.specialty ?? specialty };
  };
  return rows.map((row) => ({
    id: row.id as string,
    givingHospitalId: row.giving_hospital_id as string,
    receivingHospitalId: row.receiving_hospital_id as string,
    givingHospital: hospital(row.giving_hospital_id),
    receivingHospital: hospital(row.receiving_hospital_id),
    programme: row.programme as string,
    validFrom: row.valid_from as string,
    validUntil: (row.valid_until ?? null) as string | null,
    active: isActiveOn(
      {
        status: 'established',
        partnershipId: row.id,
        givingHospitalId: row.giving_hospital_id,
        receivingHospitalId: row.receiving_hospital_id,
        programme: row.programme,
        validFrom: row.valid_from,
        validUntil: row.valid_until ?? undefined,
        pairings: {},
      },
      now,
    ),
    establishedAt: row.established_at as string,
    pairings: pairings
      .filter((pairing) => pairing.partnership_id === row.id)
      .map((pairing) => ({
        id: pairing.id as string,
        givingDepartmentId: pairing.giving_department_id as string,
        givingSpecialty: pairing.giving_specialty as string,
        receivingDepartmentId: pairing.receiving_department_id as string,
        receivingSpecialty: pairing.receiving_specialty as string,
        givingDepartment: department(pairing.giving_department_id, pairing.giving_specialty),
        receivingDepartment: department(pairing.receiving_department_id, pairing.receiving_specialty),
        pairedAt: pairing.paired_at as string,
      })),
  }));
}
