import { createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { parseNdjson, verifyCaseExport } from '@telemed/audit';
import { Option } from 'commander';
import { cliCommand, required, runCli, runs, USAGE_ERROR } from './cli-command';

interface VerifyExportOptions {
  file: string;
  publicKey: string;
}

/** `cli verify-export`: an NDJSON case export checked offline with the public key alone. */
export function verifyExportCli() {
  const command = cliCommand(
    'verify-export',
    'a case export checked offline with the public key',
    "Checks an NDJSON case export offline with the audit log's public key: the case's hash chain from its first event and every " +
      "seal's signature. Prints the report; exits 0 when intact, 1 when broken.",
  )
    .addOption(required(new Option('--file <export.ndjson>', 'the export to check')))
    .addOption(required(new Option('--public-key <public-key.pem>', "the audit log's public key")));
  return runs<VerifyExportOptions>(command, verifyExport);
}

/** Runs `cli verify-export` with these arguments. */
export const verifyExportCommand = (args: string[]) => runCli(verifyExportCli(), args);

async function verifyExport({ file, publicKey: keyFile }: VerifyExportOptions): Promise<number> {
  const problems = [...(existsSync(file) ? [] : [`no export at ${file}`]), ...(existsSync(keyFile) ? [] : [`no public key at ${keyFile}`])];
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    return USAGE_ERROR;
  }
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey(readFileSync(keyFile, 'utf8'));
  } catch {
    console.error(`${keyFile} is not a PEM public key`);
    return USAGE_ERROR;
  }
  let records: unknown[];
  try {
    records = parseNdjson(readFileSync(file, 'utf8'));
  } catch (error) {
    console.log(JSON.stringify({ ok: false, firstBreak: { position: '0', reason: (error as Error).message } }, null, 2));
    return 1;
  }
  const report = verifyCaseExport(records, publicKey);
  console.log(JSON.stringify(report, null, 2));
  return report.ok ? 0 : 1;
}
