import { createPublicKey } from 'node:crypto';
import { eventUpcasters } from '@telemed/event-store/upcasting';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import {
  ACCESS_LOG_FILE,
  keyIdOf,
  CASE_KIND_NAMES,
  caseHistoryAsFhirBundle,
  caseKindNamed,
  exportCaseHistory,
  patientCaseKindOf,
  toNdjson,
  withDecryptedFields,
  withUpcastData,
  type CaseExportRecord,
  type CaseKind,
} from '@telemed/audit';
import { DomainError } from '@telemed/domain/core';
import { EVENTS_FILE, loadConfig, openEventStoreAdapter, type AppConfig } from '@telemed/runtime';
import { openPatientDataCipher } from './decrypted-log';
import { cliCommand, required, runCli, runs } from './cli-command';
import { recordCliAccess } from './cli-access';

interface ExportOptions {
  kind: CaseKind;
  id: string;
  format: 'ndjson' | 'fhir';
  out?: string;
}

function caseKind(value: string): CaseKind {
  const kind = caseKindNamed(value);
  if (!kind) throw new InvalidArgumentError(`--kind must be one of ${CASE_KIND_NAMES}`);
  return kind;
}

/** `cli export`: one case's history, to check or archive away from the backbone. */
export function exportCli(env: NodeJS.ProcessEnv = process.env) {
  const command = cliCommand(
    'export',
    "one case's history with its proofs (NDJSON) or as FHIR",
    'Exports the whole history of one case from the event log the API is configured with (EVENT_STORE, DATA_DIR, DATABASE_URL, ' +
      'EVENTSTORE_CONNECTION_STRING): as NDJSON with the signed seals that cover it (check it ' +
      'with cli verify-export), or as a FHIR R4 Bundle of AuditEvent and Provenance. An NDJSON export of a consultation or case ' +
      'review carries patient details and is recorded in the access trail under the operating-system user.',
  )
    .addOption(required(new Option('--kind <kind>', `the kind of case: ${CASE_KIND_NAMES}`).argParser(caseKind)))
    .addOption(required(new Option('--id <id>', 'the id of the case')))
    .addOption(new Option('--format <format>', 'ndjson (with proofs) or fhir').choices(['ndjson', 'fhir']).default('ndjson'))
    .option('--out <file>', 'write the export to this file instead of standard output');
  return runs<ExportOptions>(command, (options) => exportCase(options, env));
}

/** Runs `cli export` with these arguments. */
export const exportCommand = (args: string[], env: NodeJS.ProcessEnv = process.env) => runCli(exportCli(env), args);

async function exportCase(values: ExportOptions, env: NodeJS.ProcessEnv): Promise<number> {
  const { format } = values;
  const config = loadConfig(env);
  const eventsFile = join(config.dataDir, EVENTS_FILE);
  // Beside the signing key, where the backbone writes it on first start (loadOrCreateSigningKey).
  const publicKeyFile = join(dirname(config.auditSigningKeyFile), 'public-key.pem');
  if (config.eventStore === 'sqlite' && !existsSync(eventsFile)) {
    console.error(`no event log at ${eventsFile}: is DATA_DIR right?`);
    return 1;
  }
  if (!existsSync(publicKeyFile)) {
    console.error(`no audit public key at ${publicKeyFile}: the backbone writes it when it first starts`);
    return 1;
  }
  const publicKeyPem = readFileSync(publicKeyFile, 'utf8');
  const stored = await readExport(config, values.kind, values.id, publicKeyPem);
  if (!stored) return 1;
  const records = format === 'ndjson' ? await withPlaintext(config, stored) : stored;

  const patientKind = patientCaseKindOf(values.kind);
  if (format === 'ndjson' && patientKind) await recordCliAccess(join(config.dataDir, ACCESS_LOG_FILE), [{ action: 'export', kind: patientKind, caseId: values.id }]);
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

/** The case's records from the log the configuration names (EVENT_STORE), as stored. */
async function readExport(config: AppConfig, kind: CaseKind, id: string, publicKeyPem: string): Promise<CaseExportRecord[] | undefined> {
  const store = await openEventStoreAdapter(config);
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
