import { type ChildProcessWithoutNullStreams, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { MetadataProxy } from './metadata-proxy';

const SOURCE = join(__dirname, 'mock-cluster.c');
const BUILD_DIR = join(__dirname, '.build');
const GCC_FLAGS = ['-O2', '-Wall', '-Wextra'];
const START_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 5_000;

/** librdkafka's mock cluster on loopback, seen through the metadata-fixing proxy. */
export interface MockCluster {
  /** The addresses clients bootstrap from: the proxies in front of the mock brokers. */
  readonly bootstrapServers: string[];
  /** 2.0.2 has no CreateTopics: topics are created from the C side. Replication is capped at the broker count. */
  createTopic(name: string, partitions: number, replicationFactor?: number): Promise<void>;
  setBrokerDown(brokerId: number): Promise<void>;
  setBrokerUp(brokerId: number): Promise<void>;
  /** The next `count` requests of the API fail with the Kafka error code. */
  failRequests(apiKey: number, errorCode: number, count: number): Promise<void>;
  /** Takes the cluster off the network (connections dropped and refused) until `restore()`. */
  cutOff(): void;
  restore(): void;
  /** Delays every broker response by `ms`. */
  setLatency(ms: number): void;
  stop(): Promise<void>;
}

export interface MockClusterOptions {
  brokers?: number;
  topics?: Array<{ name: string; partitions: number }>;
}

/**
 * The mock cluster's executable, built once per version of its source into `.build/` (gitignored).
 * Jest workers may build at the same time: each writes its own file and renames it into place.
 */
export function mockClusterBinary(): string {
  const hash = createHash('sha256').update(readFileSync(SOURCE)).update(GCC_FLAGS.join(' ')).digest('hex').slice(0, 12);
  const binary = join(BUILD_DIR, `mock-cluster-${hash}`);
  if (existsSync(binary)) return binary;
  mkdirSync(BUILD_DIR, { recursive: true });
  const building = `${binary}.${process.pid}.tmp`;
  try {
    execFileSync('gcc', [...GCC_FLAGS, '-o', building, SOURCE, '-lrdkafka'], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(
      `could not build the Kafka mock cluster (needs gcc and librdkafka-dev, see test/run-all.sh):\n${stderr || String(error)}`,
    );
  }
  renameSync(building, binary);
  return binary;
}

/** Sends one command line at a time and awaits its one-line answer. */
class CommandChannel {
  private queue: Promise<unknown> = Promise.resolve();
  private waiting: Array<(line: string) => void> = [];

  constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    lines: Interface,
  ) {
    lines.on('line', (line) => this.waiting.shift()?.(line));
  }

  send(command: string): Promise<void> {
    const sent = this.queue.then(
      () =>
        new Promise<void>((resolve, reject) => {
          if (this.child.exitCode !== null) return reject(new Error(`the mock cluster has exited; cannot run "${command}"`));
          this.waiting.push((answer) => (answer === 'ok' ? resolve() : reject(new Error(`mock cluster: "${command}" → ${answer}`))));
          this.child.stdin.write(`${command}\n`);
        }),
    );
    this.queue = sent.catch(() => undefined);
    return sent;
  }
}

/** Starts a mock cluster of `brokers` brokers (default 3) with the given topics already created. */
export async function startMockCluster(options: MockClusterOptions = {}): Promise<MockCluster> {
  const brokers = options.brokers ?? 3;
  const topicArguments = (options.topics ?? []).map((topic) => `${topic.name}:${topic.partitions}`);
  const child = spawn(mockClusterBinary(), [String(brokers), ...topicArguments], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout });

  const upstream = await new Promise<string[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the mock cluster did not start in ${START_TIMEOUT_MS} ms: ${stderr}`)), START_TIMEOUT_MS);
    lines.once('line', (line) => {
      clearTimeout(timer);
      if (line.startsWith('bootstrap ')) resolve(line.slice('bootstrap '.length).split(','));
      else reject(new Error(`the mock cluster did not start: ${line} ${stderr}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the mock cluster exited with ${code}: ${stderr}`));
    });
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited;
    throw error;
  });

  const proxy = await MetadataProxy.start(
    upstream.map((address) => {
      const colon = address.lastIndexOf(':');
      return { host: address.slice(0, colon), port: Number(address.slice(colon + 1)) };
    }),
  );
  const commands = new CommandChannel(child, lines);
  let stopping: Promise<void> | undefined;

  return {
    bootstrapServers: proxy.bootstrapServers,
    createTopic: (name, partitions, replicationFactor = Math.min(3, brokers)) =>
      commands.send(`topic ${name} ${partitions} ${replicationFactor}`),
    setBrokerDown: (brokerId) => commands.send(`down ${brokerId}`),
    setBrokerUp: (brokerId) => commands.send(`up ${brokerId}`),
    failRequests: (apiKey, errorCode, count) => commands.send(`errors ${apiKey} ${errorCode} ${count}`),
    cutOff: () => proxy.cutOff(),
    restore: () => proxy.restore(),
    setLatency: (ms) => proxy.setLatency(ms),
    stop: () =>
      (stopping ??= (async () => {
        await proxy.stop();
        // Closing stdin is the mock's signal to shut down; SIGKILL only if it does not.
        child.stdin.end();
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
        lines.close();
      })()),
  };
}
