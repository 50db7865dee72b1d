import 'reflect-metadata';
import { cliProgram, runCli } from './cli-command';
import { tokenCli } from './token.command';
import { scenarioCli } from './scenario.command';
import { exportCli } from './export.command';
import { verifyExportCli } from './verify-export.command';
import { verifyCli } from './verify.command';
import { rebuildCli } from './rebuild.command';
import { replayCli } from './replay.command';
import { erasePatientCli } from './erase-patient.command';
import { retentionDueCli } from './retention-due.command';
import { backupCli } from './backup.command';
import { verifyBackupCli } from './verify-backup.command';
import { restoreCli } from './restore.command';

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
  .addCommand(backupCli())
  .addCommand(verifyBackupCli())
  .addCommand(restoreCli());

runCli(program, process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
