import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { backupCommand } from '../../apps/cli/src/backup.command';
import { verifyBackupCommand } from '../../apps/cli/src/verify-backup.command';
import { restoreCommand } from '../../apps/cli/src/restore.command';
import { describeEntry, openBackup, sealBackup } from '../../apps/cli/src/backup/backup-container';
import { ensureBuilt, killLeftoverBackbones, type BackboneProcess } from '../recovery/backbone-process';
import { ConsultationLoad, overHttp, seedNetwork, startBackbone, type Acknowledged } from './live-backbone';

const PASSPHRASE = 'correct horse battery staple';

/** Runs a CLI command, keeping what it printed. */
async function cli(run: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...parts) => void out.push(parts.join(' ')));
  const error = jest.spyOn(console, 'error').mockImplementation((...parts) => void err.push(parts.join(' ')));
  try {
    return { code: await run(), out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('backup and restore of a running backbone', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'telemed-backup-'));
  const dataDir = join(workDir, 'live');
  const backupFile = join(workDir, 'backbone.backup');
  const passphraseFile = join(workDir, 'passphrase');
  const env = { ...process.env, BACKUP_PASSPHRASE: PASSPHRASE, PATIENT_DATA_MASTER_KEY: '' };
  let ackedBeforeBackup: Acknowledged[];
  let ackedInAll: number;
  let backupOutput: { logHead: string; entries: string[] };

  beforeAll(async () => {
    ensureBuilt();
    writeFileSync(passphraseFile, `${PASSPHRASE}\n`);
    // Seals every 40 events, so the backup carries seals and an anchor to check.
    const { backbone, url } = await startBackbone(dataDir, { AUDIT_SEAL_EVERY_EVENTS: '40', AUDIT_SEAL_INTERVAL_MS: '200' });
    try {
      const network = await seedNetwork(overHttp(url));
      const load = new ConsultationLoad(url, network);
      load.start(4);
      while (load.acknowledged.length < 150) await new Promise((resolveSoon) => setTimeout(resolveSoon, 10));
      ackedBeforeBackup = [...load.acknowledged];
      const backup = await cli(() => backupCommand(['--to', backupFile, '--data-dir', dataDir, '--passphrase-file', passphraseFile], env));
      expect(backup).toMatchObject({ code: 0 });
      backupOutput = JSON.parse(backup.out);
      // The load goes on after the snapshot, so the live log is ahead of the backup when it stops.
      const afterBackup = load.acknowledged.length;
      while (load.acknowledged.length < afterBackup + 20) await new Promise((resolveSoon) => setTimeout(resolveSoon, 10));
      await load.stop();
      ackedInAll = load.acknowledged.length;
    } finally {
      await backbone.stop();
    }
  }, 180_000);

  afterAll(async () => {
    await killLeftoverBackbones();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('holds the log, the patient keys, the access trail, the seals, the keys and the API state, but no read model', () => {
    expect(backupOutput.entries).toEqual(
      expect.arrayContaining([
        'events.sqlite',
        'patient-keys.sqlite',
        'access-log.sqlite',
        'api-state.sqlite',
        'audit/signing-key.pem',
        'audit/latest-seal.json',
        'keys/master.key',
      ]),
    );
    expect(backupOutput.entries.some((name) => name.startsWith('read-models'))).toBe(false);
    expect(readFileSync(backupFile).includes(Buffer.from('KS2-LOAD-'))).toBe(false);
  });

  it('verifies: every entry matches the manifest, and the log and access trail verify with their seals', async () => {
    const verified = await cli(() => verifyBackupCommand([backupFile], env));
    const report = JSON.parse(verified.out);
    expect(verified.code).toBe(0);
    expect(report).toMatchObject({ ok: true, alteredEntries: [], damagedDatabases: [], log: { ok: true, anchored: true }, accessTrail: { ok: true } });
    expect(report.log.sealsChecked).toBeGreaterThan(0);
  });

  it('restores into a fresh directory where every request acknowledged before the backup began is served again', async () => {
    const restoredDir = join(workDir, 'restored');
    const restored = await cli(() => restoreCommand(['--from', backupFile, '--data-dir', restoredDir], env));
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.out)).toMatchObject({ log: { ok: true }, readModels: { position: backupOutput.logHead } });
    expect(ackedInAll).toBeGreaterThan(ackedBeforeBackup.length);

    const { backbone, url } = await startBackbone(restoredDir);
    try {
      const reader = overHttp(url);
      const coordinator = await reader.token('coordinator', 'coordinator-wang');
      const verify = await reader.http.post('/v1/audit/verify').set('Authorization', `Bearer ${await reader.token('auditor', 'auditor-chen')}`);
      expect(verify.body).toMatchObject({ ok: true });
      const missing: string[] = [];
      for (const { id } of ackedBeforeBackup) {
        const response = await reader.http.get(`/v1/consultations/${id}`).set('Authorization', `Bearer ${coordinator}`);
        if (response.status !== 200) missing.push(id);
      }
      expect(missing).toEqual([]);
      await expectPatientOf(reader, ackedBeforeBackup[0], backbone);
    } finally {
      await backbone.stop();
    }
  }, 60_000);

  it('refuses to restore into a directory that is not empty, and leaves it as it was', async () => {
    const occupied = join(workDir, 'occupied');
    mkdirSync(occupied);
    writeFileSync(join(occupied, 'notes.txt'), 'someone else’s files');
    const refused = await cli(() => restoreCommand(['--from', backupFile, '--data-dir', occupied], env));
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/not empty.*--force/);
    expect(readdirSync(occupied)).toEqual(['notes.txt']);

    const forced = await cli(() => restoreCommand(['--from', backupFile, '--data-dir', occupied, '--force'], env));
    expect(forced.code).toBe(0);
    expect(existsSync(join(occupied, 'notes.txt'))).toBe(false);
    expect(existsSync(join(occupied, 'events.sqlite'))).toBe(true);
  }, 60_000);

  it('refuses a wrong passphrase', async () => {
    const verified = await cli(() => verifyBackupCommand([backupFile], { ...env, BACKUP_PASSPHRASE: 'not the passphrase at all' }));
    expect(verified.code).toBe(1);
    expect(JSON.parse(verified.out).problems[0]).toMatch(/passphrase is wrong or the file was altered/);
  });

  describe('a tampered backup is detected', () => {
    const tampered = join(workDir, 'tampered.backup');

    it('one byte of the encrypted file changed', async () => {
      const bytes = Buffer.from(readFileSync(backupFile));
      bytes[Math.floor(bytes.length / 2)] ^= 0x01;
      writeFileSync(tampered, bytes);
      const verified = await cli(() => verifyBackupCommand([tampered], env));
      expect(verified.code).toBe(1);
      expect(JSON.parse(verified.out).problems[0]).toMatch(/file was altered/);
    });

    it('an entry changed and sealed again under the passphrase, the manifest left as it was', async () => {
      const backup = await openBackup(readFileSync(backupFile), PASSPHRASE);
      const contents = backup.manifest.entries.map((entry) => Buffer.from(backup.contents.get(entry.name)!));
      const log = backup.manifest.entries.findIndex((entry) => entry.name === 'events.sqlite');
      contents[log][contents[log].length - 100] ^= 0x01;
      writeFileSync(tampered, await sealBackup(backup.manifest, contents, PASSPHRASE));
      const verified = await cli(() => verifyBackupCommand([tampered], env));
      expect(verified.code).toBe(1);
      expect(JSON.parse(verified.out).alteredEntries).toEqual(['events.sqlite']);
    });

    it('an event rewritten in the log and the manifest brought up to date: the hash chain breaks', async () => {
      const backup = await openBackup(readFileSync(backupFile), PASSPHRASE);
      const scratch = join(workDir, 'rewrite.sqlite');
      writeFileSync(scratch, backup.contents.get('events.sqlite')!);
      const db = new Database(scratch);
      db.prepare(`UPDATE events SET data = json_set(data, '$.specialty', 'neurology') WHERE type = 'ConsultationRequested' AND global_position = (SELECT max(global_position) FROM events WHERE type = 'ConsultationRequested')`).run();
      db.close();
      const rewritten = readFileSync(scratch);
      const entries = backup.manifest.entries.map((entry) => (entry.name === 'events.sqlite' ? describeEntry(entry.name, entry.kind, rewritten) : entry));
      const contents = entries.map((entry) => (entry.name === 'events.sqlite' ? rewritten : backup.contents.get(entry.name)!));
      writeFileSync(tampered, await sealBackup({ ...backup.manifest, entries }, contents, PASSPHRASE));
      const verified = await cli(() => verifyBackupCommand([tampered], env));
      const report = JSON.parse(verified.out);
      expect(verified.code).toBe(1);
      expect(report.alteredEntries).toEqual([]);
      expect(report.log).toMatchObject({ ok: false, firstBreak: expect.objectContaining({ position: expect.any(String) }) });

      const refused = await cli(() => restoreCommand(['--from', tampered, '--data-dir', join(workDir, 'never-restored')], env));
      expect(refused.code).toBe(1);
      expect(existsSync(join(workDir, 'never-restored', 'events.sqlite'))).toBe(false);
    });
  });
});

/** The patient's details read back decrypted, so the restored master key and patient keys belong together. */
async function expectPatientOf(reader: ReturnType<typeof overHttp>, acknowledged: Acknowledged, backbone: BackboneProcess): Promise<void> {
  const auditor = await reader.token('auditor', 'auditor-chen');
  const response = await reader.http.get(`/v1/consultations/${acknowledged.id}`).set('Authorization', `Bearer ${auditor}`);
  expect({ status: response.status, log: response.status === 200 ? '' : backbone.log }).toEqual({ status: 200, log: '' });
  expect(response.body.patient).toMatchObject({ reference: acknowledged.reference });
}
