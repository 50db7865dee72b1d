import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { uniqueGroupId, waitUntil } from './kafka-test-helpers';

const ROOT = resolve(__dirname, '../../..');
export const RELAY_MAIN = join(ROOT, 'dist/apps/relay/src/main.js');
export const PROJECTOR_MAIN = join(ROOT, 'dist/apps/projector/src/main.js');

/** test/run-all.sh builds before jest; a jest run on its own builds here, once. */
export function ensureAppsBuilt(): void {
  if (!existsSync(RELAY_MAIN) || !existsSync(PROJECTOR_MAIN)) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
}

/** A built app in its own process, its output kept for assertions. */
export class AppProcess {
  output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcess;

  constructor(main: string, env: Record<string, string>) {
    this.child = spawn(process.execPath, [main], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolveExit) => this.child.once('close', (code, signal) => resolveExit({ code, signal })));
  }

  /** The JSON log lines written so far. */
  get lines(): Array<Record<string, unknown>> {
    return this.output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  get isRunning(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  terminate(): void {
    this.child.kill('SIGTERM');
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

/** A relay and a projector started together on one log, the projector in a consumer group of its own. */
export function startRelayAndProjector(env: Record<string, string>, name: string): { relay: AppProcess; projector: AppProcess } {
  const relay = new AppProcess(RELAY_MAIN, { ...env, KAFKA_CLIENT_ID: `${name}-relay-under-test` });
  const projector = new AppProcess(PROJECTOR_MAIN, {
    ...env,
    KAFKA_CLIENT_ID: `${name}-projector-under-test`,
    KAFKA_CONSUMER_GROUP: uniqueGroupId(`${name}-projector-process`),
    KAFKA_SESSION_TIMEOUT_MS: '6000',
  });
  return { relay, projector };
}

/** Waits until the relay reports every event published and the projector every event applied, nothing behind. */
export async function untilBothCaughtUp(relay: AppProcess, projector: AppProcess, events: number): Promise<void> {
  const reported = (process: AppProcess, message: string, counter: string) => () =>
    process.lines.some((line) => line.message === message && line.eventsBehind === '0' && line[counter] === events);
  await waitUntil(reported(relay, 'relay lag', 'eventsPublished'), 60_000, `the relay reports it has published everything\n${relay.output}`);
  await waitUntil(reported(projector, 'projector lag', 'applied'), 60_000, `the projector reports it has applied everything\n${projector.output}`);
}
