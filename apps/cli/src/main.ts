import 'reflect-metadata';
import { tokenCommand, TOKEN_USAGE } from './token.command';
import { scenarioCommand, SCENARIO_USAGE } from './scenario.command';
import { exportCommand, EXPORT_USAGE, verifyExportCommand, VERIFY_EXPORT_USAGE } from './export.command';
import { rebuildCommand, REBUILD_USAGE, replayCommand, REPLAY_USAGE, verifyCommand, VERIFY_USAGE } from './audit.commands';
import { erasePatientCommand, ERASE_PATIENT_USAGE } from './erase-patient.command';
import { BACKUP_USAGE, backupCommand, parseBackupArgs } from './backup.command';
import { parseVerifyBackupArgs, VERIFY_BACKUP_USAGE, verifyBackupCommand } from './verify-backup.command';
import { parseRestoreArgs, RESTORE_USAGE, restoreCommand } from './restore.command';

const COMMANDS: Record<string, { run: (args: string[]) => Promise<number>; usage: string }> = {
  token: { run: tokenCommand, usage: TOKEN_USAGE },
  scenario: { run: scenarioCommand, usage: SCENARIO_USAGE },
  export: { run: (args) => exportCommand(args), usage: EXPORT_USAGE },
  'verify-export': { run: verifyExportCommand, usage: VERIFY_EXPORT_USAGE },
  verify: { run: verifyCommand, usage: VERIFY_USAGE },
  rebuild: { run: rebuildCommand, usage: REBUILD_USAGE },
  replay: { run: replayCommand, usage: REPLAY_USAGE },
  'erase-patient': { run: (args) => erasePatientCommand(args), usage: ERASE_PATIENT_USAGE },
  backup: { run: (args) => backupCommand(parseBackupArgs(args)), usage: BACKUP_USAGE },
  'verify-backup': { run: (args) => verifyBackupCommand(parseVerifyBackupArgs(args)), usage: VERIFY_BACKUP_USAGE },
  restore: { run: (args) => restoreCommand(parseRestoreArgs(args)), usage: RESTORE_USAGE },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`usage: cli <command> [options]\n\ncommands:\n${Object.values(COMMANDS).map((c) => c.usage).join('\n\n')}`);
    return name === undefined || name === 'help' || name === '--help' ? 0 : 2;
  }
  try {
    return await command.run(args);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
