import { createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import { eventUpcasters } from '@telemed/event-store/upcasting';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  AccessLog,
  ACCESS_LOG_FILE,
  keyIdOf,
  type PatientCaseKind,
  CASE_KINDS,
  caseHistoryAsFhirBundle,
  exportCaseHistory,
  isCaseKind,
  parseNdjson,
  toNdjson,
  verifyCaseExport,
  withDecryptedFields,
  withUpcastData,
  type CaseExportRecord,
  type CaseKind,
} from '@telemed/audit';
import { DomainError } from '@telemed/domain/core';
import { SqliteEventStore } from '@telemed/event-store/sqlite/sqlite-event-store';
import { loadConfig, type AppConfig } from '../../api/src/config/app-config';
import { EVENTS_FILE } from '../../api/src/infrastructure/infrastructure.module';
import { openPatientDataCipher } from './decrypted-log';

export const EXPORT_USAGE = `usage: cli export --kind <${CASE_KINDS.join('|')}> --id <id> [--format ndjson|fhir] [--out <file>]
  Exports the whole history of one case from DATA_DIR's event log: as NDJSON with the signed seals
  that cover it (check it with cli verify-export), or as a FHIR R4 Bundle of AuditEvent and
  Provenance. An NDJSON export of a consultation or case review carries patient details and is
  recorded in the access trail under the operating-system user.`;

export const VERIFY_EXPORT_USAGE = `usage: cli verify-export --file <export.ndjson> --public-key <public-key.pem>
  Checks an NDJSON case export offline with the audit log's public key: the case's hash chain from
  its first event and every seal's signature. Prints the report; exits 0 when intact, 1 when broken.`;

const FORMATS = ['ndjson', 'fhir'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (value: unknown): value is Format => (FORMATS as readonly unknown[]).includes(value);

const PATIENT_KIND: Partial<Record<CaseKind, PatientCaseKind>> = { consultation: 'consultations', 'case-review': 'case-reviews' };

export async function exportCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { kind: { type: 'string' }, id: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  const format = values.format ?? 'ndjson';
  const problems = [
    ...(isCaseKind(values.kind) ? [] : [`--kind must be one of ${CASE_KINDS.join(', ')}`]),
    ...(values.id ? [] : ['--id is required']),
    ...(isFormat(format) ? [] : ['--format must be ndjson or fhir']),
  ];
  if (problems.length > 0 || !isCaseKind(values.kind) || !values.id || !isFormat(format)) {
    console.error([...problems, EXPORT_USAGE].join('\n'));
    return 2;
  }
  const config = loadConfig(env);
  const eventsFile = join(config.dataDir, EVENTS_FILE);
  // Beside the signing key, where the backbone writes it on first start (loadOrCreateSigningKey).
  const publicKeyFile = join(dirname(config.auditSigningKeyFile), 'public-key.pem');
  if (!existsSync(eventsFile)) {
    console.error(`no event log at ${eventsFile}: is DATA_DIR right?`);
    return 1;
  }
  if (!existsSync(publicKeyFile)) {
    console.error(`no audit public key at ${publicKeyFile}: the backbone writes it when it first starts`);
    return 1;
  }
  const publicKeyPem = readFileSync(publicKeyFile, 'utf8');
  const stored = await readExport(eventsFile, values.kind, values.id, publicKeyPem);
  if (!stored) return 1;
  const records = format === 'ndjson' ? await withPlaintext(config, stored) : stored;

  const patientKind = PATIENT_KIND[values.kind];
  if (format === 'ndjson' && patientKind) await recordExport(join(config.dataDir, ACCESS_LOG_FILE), patientKind, values.id);
  const output = format === 'fhir' ? `${JSON.stringify(caseHistoryAsFhirBundle(records), null, 2)}\n` : toNdjson(records);
  if (values.out) {
    writeFileSync(values.out, output);
    const events = records.filter((record) => record.record === 'event');
    const sealed = events.filter((record) => record.record === 'event' && record.proof !== null);
    console.log(`exported ${events.length} events of ${values.kind} ${values.id} (${sealed.length} sealed) to ${values.out}`);
  } else {
    process.stdout.write(output);
  }
  return 0;
}

async function readExport(eventsFile: string, kind: CaseKind, id: string, publicKeyPem: string): Promise<CaseExportRecord[] | undefined> {
  const store = SqliteEventStore.open(eventsFile);
  try {
    return await exportCaseHistory(store, { kind, id, publicKeyPem, keyId: keyIdOf(createPublicKey(publicKeyPem)) });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(error.message);
    return undefined;
  } finally {
    await store.close();
  }
}

/** The stored ciphertext stays as it is (the proofs cover it); the plaintext goes beside it, unverified. */
async function withPlaintext(config: AppConfig, records: CaseExportRecord[]): Promise<CaseExportRecord[]> {
  const patientData = await openPatientDataCipher(config);
  try {
    return withUpcastData(await withDecryptedFields(records, (envelope) => patientData.cipher.revealFields(envelope)), eventUpcasters());
  } finally {
    await patientData.close();
  }
}

function operatingSystemUser(): string {
  try {
    return userInfo().username;
  } catch {
    return `uid-${process.getuid?.() ?? 'unknown'}`; // a container user without a passwd entry
  }
}

/** Whoever runs the CLI on the server takes the patient's details away: the trail names them. */
async function recordExport(accessLogFile: string, kind: PatientCaseKind, caseId: string): Promise<void> {
  const accessLog = AccessLog.open(accessLogFile);
  const requestId = randomUUID();
  try {
    await accessLog.record(
      { actor: { userId: `os:${operatingSystemUser()}`, role: 'system' }, correlationId: requestId, requestId, sourceAddress: hostname() },
      [{ action: 'export', kind, caseId, outcome: 'allowed' }],
    );
  } finally {
    await accessLog.close();
  }
}

export async function verifyExportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { file: { type: 'string' }, 'public-key': { type: 'string' } }, strict: true });
  const keyFile = values['public-key'];
  const problems = [
    ...(values.file ? [] : ['--file is required']),
    ...(keyFile ? [] : ['--public-key is required']),
    ...(values.file && !existsSync(values.file) ? [`no export at ${values.file}`] : []),
    ...(keyFile && !existsSync(keyFile) ? [`no public key at ${keyFile}`] : []),
  ];
  if (problems.length > 0 || !values.file || !keyFile) {
    console.error([...problems, VERIFY_EXPORT_USAGE].join('\n'));
    return 2;
  }
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey(readFileSync(keyFile, 'utf8'));
  } catch {
    console.error(`${keyFile} is not a PEM public key\n${VERIFY_EXPORT_USAGE}`);
    return 2;
  }
  let records: unknown[];
  try {
    records = parseNdjson(readFileSync(values.file, 'utf8'));
  } catch (error) {
    console.log(JSON.stringify({ ok: false, firstBreak: { position: '0', reason: (error as Error).message } }, null, 2));
    return 1;
  }
  const report = verifyCaseExport(records, publicKey);
  console.log(JSON.stringify(report, null, 2));
  return report.ok ? 0 : 1;
}
