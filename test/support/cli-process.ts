import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPOSITORY_ROOT = resolve(__dirname, '../..');
export const BUILT_CLI = join(REPOSITORY_ROOT, 'dist/apps/cli/src/main.js');

/** The test script builds before jest; a jest run on its own builds here, once. */
export function ensureCliBuilt(): void {
  if (!existsSync(BUILT_CLI)) execSync('npm run build', { cwd: REPOSITORY_ROOT, stdio: 'inherit' });
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `npm run cli -- <args>` as an operator runs it: the built CLI in its own process, with only the
 * given variables (and PATH). Asynchronous, so that servers of the test process keep answering it.
 */
export function runBuiltCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [BUILT_CLI, ...args], {
      cwd: REPOSITORY_ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolveRun({ code, stdout, stderr }));
  });
}

/** The NDJSON lines a run printed on standard output. */
export function printedLines(run: CliRun): Array<Record<string, unknown>> {
  return run.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
