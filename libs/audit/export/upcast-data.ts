import type { UpcasterRegistry } from '@telemed/event-store/upcasting';
import type { CaseExportRecord } from './case-export.records';

/**
 * Beside an event stored at an older schema version: its data as this release reads it, through
 * the upcasters (with the plaintext of its encrypted members, when the export carries it). Not
 * verified: the proofs cover the envelope exactly as stored, never this.
 */
export interface UpcastData {
  verified: false;
  schemaVersion: number;
  data: unknown;
}

export function withUpcastData(records: CaseExportRecord[], upcasters: UpcasterRegistry): CaseExportRecord[] {
  return records.map((record) => {
    if (record.record !== 'event' || upcasters.currentVersion(record.envelope.type) <= record.envelope.schemaVersion) return record;
    const { envelope } = record;
    const data = record.decrypted ? { ...(envelope.data as Record<string, unknown>), ...record.decrypted.fields } : envelope.data;
    const read = upcasters.upcast({ ...envelope, globalPosition: BigInt(envelope.globalPosition), data });
    return { ...record, upcast: { verified: false, schemaVersion: read.schemaVersion, data: read.data } };
  });
}
