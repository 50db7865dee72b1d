import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { AccessLog, accessOf } from '@telemed/audit';
import { parseNdjson, toNdjson, type CaseExportEvent, type CaseExportRecord } from '../../libs/audit/export';
import { fhirBundleProblems } from '../../libs/audit/export/fhir-structure.testing';
import { exportCommand } from '../../apps/cli/src/export.command';
import { verifyExportCommand } from '../../apps/cli/src/verify-export.command';
import { seedNetwork } from '../support/network-fixture';
import { completedConsultation, hourFrom, post } from '../support/consultation-steps';
import { startTestApp, type TestApp } from '../support/test-app';

describe('cli export and cli verify-export', () => {
  let t: TestApp;
  let consultationId: string;
  let publicKeyFile: string;
  let env: NodeJS.ProcessEnv;
  let printed: string[];
  let complained: string[];

  beforeAll(async () => {
    t = await startTestApp();
    const network = await seedNetwork(t);
    consultationId = (await completedConsultation(t, network, hourFrom('2026-03-09T02:00:00Z'))).id;
    await post(t, network.tokens.coordinator, '/v1/audit/seal');
    publicKeyFile = join(t.dataDir, 'audit', 'public-key.pem');
    env = { DATA_DIR: t.dataDir, AUTH_JWT_SECRET: 'x'.repeat(40) };
  }, 60_000);

  afterAll(() => t.close());

  beforeEach(() => {
    printed = [];
    complained = [];
    jest.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    jest.spyOn(console, 'error').mockImplementation((line: string) => void complained.push(line));
  });

  afterEach(() => jest.restoreAllMocks());

  const exportTo = async (file: string, format = 'ndjson') =>
    exportCommand(['--kind', 'consultation', '--id', consultationId, '--format', format, '--out', file], env);

  it('exports a consultation from DATA_DIR that verify-export accepts with the public key (exit 0)', async () => {
    const file = join(t.dataDir, 'export.ndjson');
    expect(await exportTo(file)).toBe(0);
    expect(printed).toEqual([`exported 5 events of consultation ${consultationId} (5 sealed) to ${file}`]);
    expect(await verifyExportCommand(['--file', file, '--public-key', publicKeyFile])).toBe(0);
    expect(JSON.parse(printed[1])).toMatchObject({ ok: true, eventsChecked: 5, eventsSealed: 5 });
  });

  it('verify-export exits 1 and names the position of an altered event, or of a seal checked with another key', async () => {
    const file = join(t.dataDir, 'tampered.ndjson');
    expect(await exportTo(file)).toBe(0);
    const records = parseNdjson(readFileSync(file, 'utf8')) as CaseExportRecord[];
    const signed = records.filter((record): record is CaseExportEvent => record.record === 'event')[4];
    (signed.envelope.data as { opinion: string }).opinion = 'No action needed.';
    writeFileSync(file, toNdjson(records));
    expect(await verifyExportCommand(['--file', file, '--public-key', publicKeyFile])).toBe(1);
    expect(JSON.parse(printed[1]).firstBreak.position).toBe(signed.envelope.globalPosition);

    const otherKeyFile = join(t.dataDir, 'other-key.pem');
    writeFileSync(otherKeyFile, generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }));
    expect(await exportTo(file)).toBe(0);
    expect(await verifyExportCommand(['--file', file, '--public-key', otherKeyFile])).toBe(1);
    expect(JSON.parse(printed[3]).firstBreak.reason).toBe('seal 1 does not carry a valid signature of the given public key');
  });

  it('writes a FHIR bundle with --format fhir', async () => {
    const file = join(t.dataDir, 'export.fhir.json');
    expect(await exportTo(file, 'fhir')).toBe(0);
    const bundle = JSON.parse(readFileSync(file, 'utf8'));
    expect(fhirBundleProblems(bundle)).toEqual([]);
    expect(bundle.entry).toHaveLength(10);
  });

  it('records an NDJSON export in the access trail under the operating-system user', async () => {
    const accessLog = t.app.get(AccessLog);
    const cliExports = async () =>
      (await accessLog.readAll({ after: 0n, maxCount: 1000 })).events.map(accessOf).filter((access) => access.userId === `os:${userInfo().username}`);
    const before = (await cliExports()).length;
    expect(await exportTo(join(t.dataDir, 'recorded.ndjson'))).toBe(0);
    const after = await cliExports();
    expect(after).toHaveLength(before + 1);
    expect(after[after.length - 1]).toMatchObject({ action: 'export', kind: 'consultations', caseId: consultationId, role: 'system' });
  });

  it('exits 2 on bad usage and 1 for a case the log does not hold', async () => {
    expect(await exportCommand(['--kind', 'prescription', '--id', consultationId], env)).toBe(2);
    expect(await exportCommand(['--kind', 'consultation'], env)).toBe(2);
    expect(await verifyExportCommand(['--file', join(t.dataDir, 'missing.ndjson'), '--public-key', publicKeyFile])).toBe(2);
    expect(complained.join('\n')).toContain('--kind must be one of consultation, case-review, training-session, posting, visit, further-study, technique, research-output, consortium, webhook');
    expect(await exportCommand(['--kind', 'consultation', '--id', '00000000-0000-4000-8000-000000000000'], env)).toBe(1);
    expect(complained[complained.length - 1]).toBe('consultation 00000000-0000-4000-8000-000000000000 was not found');
  });
});
