import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';

export const REPOSITORY_ROOT = resolve(__dirname, '../..');
export const BUILT_MAIN = join(REPOSITORY_ROOT, 'dist/apps/api/src/main.js');
/** Node's options in `npm start` (its heap's bound), so that the process runs as an operator's does. */
const START_NODE_OPTIONS: string[] = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'package.json'), 'utf8'))
  .scripts.start.split(' ')
  .filter((word: string) => word.startsWith('--'));

/** The test script builds before jest; a jest run on its own builds here, once. */
export function ensureBuilt(): void {
  if (!existsSync(BUILT_MAIN)) execSync('npm run build', { cwd: REPOSITORY_ROOT, stdio: 'inherit' });
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const ANSI_COLOURS = /\u001b\[[0-9;]*m/g;
const running = new Set<ChildProcess>();

/** `npm start` as an operator runs it: the built API in its own process, on a data directory. */
export class BackboneProcess {
  readonly exited: Promise<Exit>;
  /** The base URL once the process listens. */
  readonly url: Promise<string>;
  private readonly child: ChildProcess;
  private output = '';
  private hasExited = false;

  constructor(dataDir: string, jwtSecret: string, extraEnv: NodeJS.ProcessEnv = {}) {
    this.child = spawn(process.execPath, [...START_NODE_OPTIONS, BUILT_MAIN], {
      cwd: REPOSITORY_ROOT,
      // Sealing is held off here, so the log's head is exactly what the test wrote.
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        AUTH_JWT_SECRET: jwtSecret,
        AUDIT_SEAL_EVERY_EVENTS: '1000000',
        AUDIT_SEAL_INTERVAL_MS: '3600000',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(this.child);
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString('utf8').replace(ANSI_COLOURS, '');
    };
    this.child.stdout!.on('data', collect);
    this.child.stderr!.on('data', collect);
    this.child.once('exit', () => {
      this.hasExited = true;
      running.delete(this.child);
    });
    // 'close' comes after 'exit' and after everything the process wrote has been read.
    this.exited = new Promise((resolveExit) => this.child.once('close', (code, signal) => resolveExit({ code, signal })));
    this.url = new Promise((resolveUrl, reject) => {
      const look = () => {
        const match = /listening on (http:\/\/\S+)/.exec(this.output);
        if (match) resolveUrl(match[1]);
        return Boolean(match);
      };
      this.child.stdout!.on('data', () => look());
      void this.exited.then(() => look() || reject(new Error(`the backbone exited before listening:\n${this.output}`)));
    });
    this.url.catch(() => undefined);
  }

  get pid(): number {
    return this.child.pid!;
  }

  get isRunning(): boolean {
    return !this.hasExited;
  }

  /** Everything the process wrote, without colour codes. */
  get log(): string {
    return this.output;
  }

  /** The checkpoint the process said its read models resume from, once it has said so. */
  get resumedFrom(): bigint | undefined {
    const match = /read models resume from position (\d+)/.exec(this.output);
    return match ? BigInt(match[1]) : undefined;
  }

  kill(signal: NodeJS.Signals): void {
    if (!this.hasExited) process.kill(this.pid, signal);
  }

  async stop(): Promise<Exit> {
    this.kill('SIGTERM');
    return this.exited;
  }
}

/** Kills, by their own pid, the backbone processes this suite started and that are still alive. */
export async function killLeftoverBackbones(): Promise<void> {
  const left = [...running];
  await Promise.all(
    left.map((child) => {
      const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
      process.kill(child.pid!, 'SIGKILL');
      return exited;
    }),
  );
}

/**
 * Reads the committed projection checkpoint of a read-model file the way an outside observer can: a
 * read-only connection of its own, which in WAL mode only ever sees committed transactions.
 */
export class CheckpointProbe {
  private db?: Database.Database;
  private statement?: Database.Statement<[string], { position: string }>;

  constructor(
    private readonly file: string,
    private readonly name = 'read-models',
  ) {}

  /** The committed checkpoint, or undefined while the file or its checkpoint table does not exist yet. */
  read(): bigint | undefined {
    try {
      if (!this.statement) {
        if (!existsSync(this.file)) return undefined;
        this.db = new Database(this.file, { readonly: true, fileMustExist: true });
        this.statement = this.db.prepare<[string], { position: string }>('SELECT position FROM projection_checkpoints WHERE name = ?');
      }
      const row = this.statement.get(this.name);
      return row ? BigInt(row.position) : undefined;
    } catch {
      // Not created yet, or caught mid-creation: look again with a fresh connection.
      this.close();
      return undefined;
    }
  }

  close(): void {
    this.statement = undefined;
    this.db?.close();
    this.db = undefined;
  }
}

export interface Health {
  status: string;
  eventStore: { head: string };
  readModels: { position: string; behind: string };
}

/** Polls /health until the read models report nothing behind; answers the last report. */
export async function waitUntilCaughtUp(url: string, timeoutMs: number): Promise<Health> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    const response = await fetch(`${url}/health`);
    last = await response.json();
    if (response.ok && (last as Health).readModels.behind === '0') return last as Health;
    await sleep(20);
  }
  throw new Error(`the read models did not catch up within ${timeoutMs} ms; last health report: ${JSON.stringify(last)}`);
}
