import type { SqlExecutor } from '@telemed/projections';

/**
 * Business time of the patient's last recorded activity: the latest change to any of their
 * consultations or case reviews, as the read models hold it (each row's `updated_at` is the
 * business time of the last event applied to it). Undefined when no case of theirs is recorded.
 */
export async function lastActivityOfPatient(db: SqlExecutor, keyId: string): Promise<string | undefined> {
  const rows = await db.all<{ updated_at: string }>(
    `SELECT updated_at FROM consultations WHERE patient_key_id = ?
     UNION ALL SELECT updated_at FROM case_reviews WHERE patient_key_id = ?`,
    [keyId, keyId],
  );
  let latest: string | undefined;
  for (const { updated_at: at } of rows) {
    if (latest === undefined || Date.parse(at) > Date.parse(latest)) latest = at;
  }
  return latest === undefined ? undefined : new Date(latest).toISOString();
}
