import type { SqlExecutor } from '@telemed/projections';
import { departmentsById, hospitalLabel, hospitalNames, type DepartmentName, type HospitalName, type Label } from '../network/network-names';

type Row = Record<string, any>;

export const GROUPINGS = ['month', 'year', 'pairing', 'receivingHospital', 'givingHospital'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** What a series entry says of its group besides the counts: its key fields and its `label` in Chinese and English. */
export type GroupFields = Record<string, unknown> & { label: Label };

interface GroupingRule {
  /** The expression over `activity_facts` that facts are grouped by; NULL groups come back as ''. */
  column: string;
  /** The fields of each group, in the order the series lists them. */
  describe(db: SqlExecutor, keys: string[]): Promise<Array<{ key: string; fields: GroupFields }>>;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const monthLabel = (period: string): Label => {
  const [year, month] = period.split('-');
  return { zh: `${year}年${Number(month)}月`, en: `${MONTHS_EN[Number(month) - 1]} ${year}` };
};

const byKey = (keys: string[]) => [...keys].sort();

/** Periods are Beijing-time months (`2024-05`) or years (`2024`): their text order is their time order. */
const periods = (label: (period: string) => Label): GroupingRule['describe'] => async (_db, keys) =>
  byKey(keys).map((period) => ({ key: period, fields: { period, label: label(period) } }));

const byHospital = (column: string): GroupingRule => ({
  column,
  async describe(db, keys) {
    const names = await hospitalNames(db, keys);
    const hospital = (id: string): HospitalName => names.get(id) ?? { id, name: id, nameZh: null };
    return keys
      .map((id) => ({ key: id, fields: { hospitalId: id, hospital: hospital(id), label: hospitalLabel(hospital(id)) } }))
      .sort((a, b) => compareText(a.fields.hospital.name, b.fields.hospital.name) || compareText(a.key, b.key));
  },
});

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const NO_PAIRING: Label = { zh: '无科室结对', en: 'no department pairing' };

/** A pairing by its two departments, each with its hospital: "Cardiology, Shanghai Renji Hospital → Cardiology, Kashgar ...". */
async function describePairings(db: SqlExecutor, keys: string[]) {
  const ids = keys.filter((key) => key !== '');
  const pairings = ids.length === 0 ? [] : await db.all<Row>(`SELECT * FROM pairings WHERE id IN (${ids.map(() => '?').join(', ')})`, ids);
  const departments = await departmentsById(db, pairings.flatMap((pairing) => [pairing.giving_department_id, pairing.receiving_department_id]));
  const hospitals = await hospitalNames(db, [...departments.values()].map((department) => department.hospitalId));
  const department = (id: string): DepartmentName => ({ id, name: departments.get(id)?.name ?? id });
  const side = (departmentId: string) => {
    const hospitalId = departments.get(departmentId)?.hospitalId ?? '';
    const hospital = hospitals.get(hospitalId) ?? { id: hospitalId, name: hospitalId, nameZh: null };
    const label = hospitalLabel(hospital);
    const name = department(departmentId).name;
    return { zh: `${label.zh} ${name}`, en: `${name}, ${label.en}` };
  };
  const byId = new Map(pairings.map((pairing) => [pairing.id as string, pairing]));
  return byKey(keys).map((key) => {
    const pairing = byId.get(key);
    if (!pairing) return { key, fields: { pairingId: key === '' ? null : key, givingDepartment: null, receivingDepartment: null, label: NO_PAIRING } };
    const giving = side(pairing.giving_department_id);
    const receiving = side(pairing.receiving_department_id);
    return {
      key,
      fields: {
        pairingId: key,
        givingDepartment: department(pairing.giving_department_id),
        receivingDepartment: department(pairing.receiving_department_id),
        label: { zh: `${giving.zh} → ${receiving.zh}`, en: `${giving.en} → ${receiving.en}` },
      },
    };
  });
}

export const GROUPING_RULES: Record<Grouping, GroupingRule> = {
  month: { column: 'period', describe: periods(monthLabel) },
  year: { column: 'substr(period, 1, 4)', describe: periods((year) => ({ zh: `${year}年`, en: year })) },
  pairing: { column: 'pairing_id', describe: describePairings },
  receivingHospital: byHospital('receiving_hospital_id'),
  givingHospital: byHospital('giving_hospital_id'),
};
