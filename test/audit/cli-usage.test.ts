import { ensureCliBuilt, runBuiltCli } from '../support/cli-process';

const COMMANDS = ['token', 'scenario', 'export', 'verify-export', 'verify', 'rebuild', 'replay', 'erase-patient', 'retention-due', 'backup', 'verify-backup', 'restore'];

describe('the command line explains itself', () => {
  beforeAll(() => ensureCliBuilt(), 300_000);

  it('--help prints each command\'s usage on standard output and exits 0', async () => {
    const runs = await Promise.all(COMMANDS.map((command) => runBuiltCli([command, '--help'])));
    runs.forEach((run, index) => {
      expect({ command: COMMANDS[index], code: run.code, stderr: run.stderr }).toEqual({ command: COMMANDS[index], code: 0, stderr: '' });
      expect(run.stdout).toContain(`Usage: cli ${COMMANDS[index]} [options]`);
    });
  }, 120_000);

  it('token --help lists the token options instead of refusing --help as an unknown option', async () => {
    const run = await runBuiltCli(['token', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('Unknown option');
    for (const option of ['--role <role>', '--sub <user id>', '--hospital <hospital id>', '--ttl <seconds>']) expect(run.stdout).toContain(option);
  }, 30_000);

  it('the program alone, --help or help lists every command on standard output and exits 0', async () => {
    const runs = await Promise.all([[], ['--help'], ['help']].map((args) => runBuiltCli(args)));
    for (const run of runs) {
      expect(run.code).toBe(0);
      for (const command of COMMANDS) expect(run.stdout).toContain(`  ${command} [options]`);
    }
  }, 60_000);

  it('an unknown option is an error naming it, with exit status 2, for every command', async () => {
    const runs = await Promise.all(COMMANDS.map((command) => runBuiltCli([command, '--frobnicate'])));
    runs.forEach((run, index) => {
      expect({ command: COMMANDS[index], code: run.code }).toEqual({ command: COMMANDS[index], code: 2 });
      expect(run.stderr).toContain("unknown option '--frobnicate'");
      expect(run.stdout).toBe('');
    });
  }, 120_000);

  it('the backup commands list their options, and refuse a missing file, option or passphrase with exit status 2', async () => {
    const [backup, verifyBackup, restore] = await Promise.all(['backup', 'verify-backup', 'restore'].map((command) => runBuiltCli([command, '--help'])));
    for (const option of ['--to <file>', '--data-dir <dir>', '--passphrase-file <file>']) expect(backup.stdout).toContain(option);
    for (const option of ['<file>', '--passphrase-file <file>', '--public-key <pem>']) expect(verifyBackup.stdout).toContain(option);
    for (const option of ['--from <file>', '--data-dir <dir>', '--force', '--passphrase-file <file>']) expect(restore.stdout).toContain(option);

    const refused = await Promise.all(
      [['backup'], ['verify-backup'], ['restore', '--force'], ['backup', '--to', 'never-written.backup']].map((args) => runBuiltCli(args, { BACKUP_PASSPHRASE: '' })),
    );
    expect(refused.map((run) => run.code)).toEqual([2, 2, 2, 2]);
    expect(refused[0].stderr).toContain("required option '--to <file>' not specified");
    expect(refused[1].stderr).toContain("missing required argument 'file'");
    expect(refused[2].stderr).toContain("required option '--from <file>' not specified");
    expect(refused[3].stderr).toContain('a passphrase is required: --passphrase-file <file> or BACKUP_PASSPHRASE');
  }, 120_000);

  it('an unknown command is an error with exit status 2', async () => {
    const run = await runBuiltCli(['verify-everything']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'verify-everything'");
  }, 30_000);
});
