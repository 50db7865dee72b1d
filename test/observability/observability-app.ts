import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import supertest from 'supertest';
import { mintToken } from '@telemed/auth';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { loadConfig } from '@telemed/runtime';
import { createApp } from '../../apps/api/src/create-app';
import { EVENT_STORE } from '@telemed/application/infrastructure/tokens';

const SECRET = 'o'.repeat(40);

export interface ObservedApp {
  app: NestFastifyApplication;
  http: supertest.Agent;
  /** Every JSON log line the app wrote, parsed, in order. */
  logLines(): Array<Record<string, unknown>>;
  /** The raw text the app logged. */
  rawLog(): string;
  coordinatorToken(): Promise<string>;
  eventCount(): Promise<number>;
  close(): Promise<void>;
}

/** The real application on a fresh data directory, its JSON log captured in memory. */
export async function startObservedApp(env: Record<string, string> = {}): Promise<ObservedApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'telemed-observability-'));
  const lines: string[] = [];
  let app: NestFastifyApplication;
  try {
    const config = loadConfig({ DATA_DIR: dataDir, AUTH_JWT_SECRET: SECRET, AUDIT_SEAL_EVERY_EVENTS: '1000000', ...env });
    app = await createApp(config, { logDestination: { write: (line: string) => void lines.push(line) } });
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const store = app.get<EventStore>(EVENT_STORE);
  return {
    app,
    http: supertest.agent(app.getHttpServer()),
    logLines: () => lines.flatMap((chunk) => chunk.split('\n').filter((line) => line !== '')).map((line) => JSON.parse(line)),
    rawLog: () => lines.join(''),
    coordinatorToken: () => mintToken(SECRET, { role: 'coordinator', sub: 'coordinator-observer' }),
    eventCount: async () => Number(await store.headPosition()),
    close: async () => {
      try {
        await app.close();
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** The value of one series in Prometheus text, or undefined when the series is absent. */
export function seriesValue(metrics: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of metrics.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[3] ?? '').matchAll(/([a-zA-Z_]+)="((?:[^"\\]|\\.)*)"/g)].map((pair) => [pair[1], pair[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[4]);
  }
  return undefined;
}

export const HOSPITAL = { name: 'Shanghai Renji Hospital', region: 'Shanghai', timezone: 'Asia/Shanghai' };
