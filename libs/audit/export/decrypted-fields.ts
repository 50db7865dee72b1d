import type { CaseExportRecord, ExportedEnvelope } from './case-export.records';

/** Decrypts the encrypted members of one exported envelope (placeholders where the patient's key was erased). */
export type RevealFields = (envelope: ExportedEnvelope) => Promise<{ erased: boolean; fields: Record<string, unknown> }>;

/**
 * The export with the plaintext of each encrypted event beside its envelope, in a `decrypted`
 * member marked unverified. The envelopes stay exactly as stored, so the export still verifies.
 */
export async function withDecryptedFields(records: CaseExportRecord[], reveal: RevealFields): Promise<CaseExportRecord[]> {
  const result: CaseExportRecord[] = [];
  for (const record of records) {
    if (record.record !== 'event' || !record.envelope.metadata.encryption) {
      result.push(record);
      continue;
    }
    const { erased, fields } = await reveal(record.envelope);
    result.push({ ...record, decrypted: { verified: false, erased, fields } });
  }
  return result;
}
