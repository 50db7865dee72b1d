import 'reflect-metadata';
import { argumentsCommand, cliProgram, runCli } from './cli-command';
import { tokenCli } from './token.command';
import { scenarioCli } from './scenario.command';
import { exportCli } from './export.command';
import { verifyExportCli } from './verify-export.command';
import { verifyCli } from './verify.command';
import { rebuildCli } from './rebuild.command';
import { replayCli } from './replay.command';
import { erasePatientCli } from './erase-patient.command';
import { retentionDueCli } from './retention-due.command';
import { BACKUP_USAGE, backupCommand, parseBackupArgs } from './backup.command';
import { parseVerifyBackupArgs, VERIFY_BACKUP_USAGE, verifyBackupCommand } from './verify-backup.command';
import { parseRestoreArgs, RESTORE_USAGE, restoreCommand } from './restore.command';

// One command a line, each defined in its own file.
const program = cliProgram()
  .addCommand(tokenCli())
  .addCommand(scenarioCli())
  .addCommand(exportCli())
  .addCommand(verifyExportCli())
  .addCommand(verifyCli())
  .addCommand(rebuildCli())
  .addCommand(replayCli())
  .addCommand(erasePatientCli())
  .addCommand(retentionDueCli())
  .addCommand(argumentsCommand('backup', BACKUP_USAGE, (args) => backupCommand(parseBackupArgs(args))))
  .addCommand(argumentsCommand('verify-backup', VERIFY_BACKUP_USAGE, (args) => verifyBackupCommand(parseVerifyBackupArgs(args))))
  .addCommand(argumentsCommand('restore', RESTORE_USAGE, (args) => restoreCommand(parseRestoreArgs(args))));

runCli(program, process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
