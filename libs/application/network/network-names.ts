import type { SqlExecutor } from '@telemed/projections';

type Row = Record<string, any>;

/** A hospital as other answers name it: its registered name and, when registered, its Chinese name. */
export interface HospitalName {
  id: string;
  name: string;
  nameZh: string | null;
}

export interface DepartmentName {
  id: string;
  name: string;
}

/** A display label in both languages; where only one name was registered, it stands for both. */
export interface Label {
  zh: string;
  en: string;
}

export const hospitalLabel = (hospital: HospitalName): Label => ({ zh: hospital.nameZh ?? hospital.name, en: hospital.name });

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** The names of the hospitals with these ids, by id; unknown ids are absent. */
export async function hospitalNames(db: SqlExecutor, ids: readonly string[]): Promise<Map<string, HospitalName>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.all<Row>(`SELECT id, name, name_zh FROM hospitals WHERE id IN (${placeholders(unique)})`, unique);
  return new Map(rows.map((row) => [row.id as string, { id: row.id, name: row.name, nameZh: row.name_zh ?? null }]));
}

/** The departments with these ids (their names, specialties and hospitals), by id. */
export async function departmentsById(
  db: SqlExecutor,
  ids: readonly string[],
): Promise<Map<string, DepartmentName & { specialty: string; hospitalId: string }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.all<Row>(`SELECT id, name, specialty, hospital_id FROM departments WHERE id IN (${placeholders(unique)})`, unique);
  return new Map(rows.map((row) => [row.id as string, { id: row.id, name: row.name, specialty: row.specialty, hospitalId: row.hospital_id }]));
}
