import type { UpcastData } from './upcast-data';
import { type EventMetadata, type JsonEnvelope, type RecordedEvent, toJsonEnvelope } from '@telemed/event-store/event-envelope';
import type { LogSeal } from '../log-seal';
import type { CaseKind } from '../case-kinds/case-kinds';

export { CASE_KINDS, caseStreamId, isCaseKind, type CaseKind } from '../case-kinds/case-kinds';

export const CASE_EXPORT_FORMAT = 'telemed-case-export/1';

/** What the export is of, and the key its seals were signed with (informative: a verifier brings its own). */
export interface CaseExportHeader {
  record: 'header';
  format: typeof CASE_EXPORT_FORMAT;
  kind: CaseKind;
  id: string;
  streamId: string;
  exportedAt: string;
  keyId: string;
  publicKey: string;
}

/** An event exactly as the store recorded it; the log position as a decimal string. */
export type ExportedEnvelope = JsonEnvelope;

/** Which seal covers the event: its sequence and where the seal itself sits in the log. */
export interface SealProof {
  sealSequence: number;
  sealPosition: string;
}

export interface CaseExportEvent {
  record: 'event';
  envelope: ExportedEnvelope;
  /** Null while no seal covers the event yet. */
  proof: SealProof | null;
  /** The plaintext of the envelope's encrypted members, when the exporter could decrypt them; no proof covers it. */
  decrypted?: DecryptedFields;
  /** The data as this release reads it, for an event stored at an older schema version; no proof covers it. */
  upcast?: UpcastData;
}

/**
 * Beside an event whose patient data is stored encrypted: what its encrypted members hold, or their
 * placeholders once the patient's data was erased. Not verified: the proofs cover the envelope's
 * ciphertext exactly as stored, never this.
 */
export interface DecryptedFields {
  verified: false;
  erased: boolean;
  fields: Record<string, unknown>;
}

export interface CaseExportSeal {
  record: 'seal';
  /** Where the seal event sits in the log. */
  position: string;
  seal: LogSeal;
}

export type CaseExportRecord = CaseExportHeader | CaseExportEvent | CaseExportSeal;

export interface CaseExportOptions {
  kind: CaseKind;
  id: string;
  publicKeyPem: string;
  keyId: string;
  /** When the export was made; the wall clock unless given. */
  exportedAt?: string;
}

/** Whether a seal lists the position among those it covers (its range may skip unused positions). */
export function sealListsPosition(seal: LogSeal, position: bigint): boolean {
  return seal.positions.some(([first, last]) => BigInt(first) <= position && position <= BigInt(last));
}

/** Whether the position lies in the range of the log a seal attests, listed or not. */
export function sealRangeCovers(seal: LogSeal, position: bigint): boolean {
  return BigInt(seal.fromPosition) < position && position <= BigInt(seal.toPosition);
}

export const envelopeOf = (event: RecordedEvent): ExportedEnvelope => toJsonEnvelope(event);

/** One JSON document per line, in record order. */
export function toNdjson(records: CaseExportRecord[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}

/** The records of an NDJSON export; blank lines are skipped, a line that is not JSON is an error naming it. */
export function parseNdjson(text: string): unknown[] {
  const records: unknown[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      records.push(JSON.parse(line));
    } catch {
      throw new SyntaxError(`line ${index + 1} of the export is not JSON`);
    }
  });
  return records;
}
