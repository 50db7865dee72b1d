import type { PatientDataCipher } from '@telemed/event-store/encryption';
import type { EventStore } from '@telemed/event-store/event-store.port';
import type { SqlExecutor } from '@telemed/projections';
import { heldPatientKeyIds } from './legal-hold-log';

/** A patient whose records have passed the retention period, with their cases, for a person to decide on. */
export interface RetentionDue {
  keyId: string;
  lastActivityAt: string;
  /** The end of the retention period: the records could be erased from then on. */
  keptUntil: string;
  cases: Array<{ kind: 'consultation' | 'case-review'; id: string; requestingHospitalId: string }>;
}

export interface RetentionDueSources {
  /** Read models that hold the whole log. */
  readModels: SqlExecutor;
  store: Pick<EventStore, 'readAll' | 'headPosition'>;
  cipher: Pick<PatientDataCipher, 'keys'>;
  retentionYears: number;
  now: string;
}

function yearsAfter(instant: string, years: number): Date {
  const date = new Date(instant);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date;
}

/**
 * The patients whose last recorded activity is older than the retention period, who are under no
 * legal hold and whose data is not erased yet, oldest first. Nothing is erased here: the list is
 * for a person to decide on, case by case.
 */
export async function patientsPastRetention({ readModels, store, cipher, retentionYears, now }: RetentionDueSources): Promise<RetentionDue[]> {
  const rows = await readModels.all<{ kind: 'consultation' | 'case-review'; id: string; requesting_hospital_id: string; patient_key_id: string; updated_at: string }>(
    `SELECT 'consultation' AS kind, id, requesting_hospital_id, patient_key_id, updated_at FROM consultations WHERE patient_key_id IS NOT NULL
     UNION ALL
     SELECT 'case-review' AS kind, id, requesting_hospital_id, patient_key_id, updated_at FROM case_reviews WHERE patient_key_id IS NOT NULL`,
  );
  const patients = new Map<string, { lastActivityAt: string; cases: RetentionDue['cases'] }>();
  for (const row of rows) {
    const at = new Date(row.updated_at).toISOString();
    const patient = patients.get(row.patient_key_id) ?? { lastActivityAt: at, cases: [] };
    if (at > patient.lastActivityAt) patient.lastActivityAt = at;
    patient.cases.push({ kind: row.kind, id: row.id, requestingHospitalId: row.requesting_hospital_id });
    patients.set(row.patient_key_id, patient);
  }
  const held = await heldPatientKeyIds(store);
  const due: RetentionDue[] = [];
  for (const [keyId, { lastActivityAt, cases }] of patients) {
    const keptUntil = yearsAfter(lastActivityAt, retentionYears);
    if (keptUntil.getTime() >= Date.parse(now) || held.has(keyId)) continue;
    const versions = await cipher.keys.versions(keyId);
    if (!versions.some((version) => !version.erasedAt)) continue;
    cases.sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
    due.push({ keyId, lastActivityAt, keptUntil: keptUntil.toISOString(), cases });
  }
  return due.sort((a, b) => a.lastActivityAt.localeCompare(b.lastActivityAt) || a.keyId.localeCompare(b.keyId));
}
