import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './settings';
import { loadConfig } from './app-config';
import { loadProjectorConfig } from './projector-config';
import { loadRelayConfig } from './relay-config';
import { EVENT_BUSES, EVENT_STORES, READ_MODEL_STORES } from './store-config';

const KEY = Buffer.alloc(32, 7).toString('base64');
const connections = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/telemed',
  EVENTSTORE_CONNECTION_STRING: 'esdb://127.0.0.1:2113?tls=false',
  PATIENT_DATA_MASTER_KEY: KEY,
  KAFKA_BROKERS: 'kafka-1:9092',
  DATA_DIR: mkdtempSync(join(tmpdir(), 'telemed-config-spec-')),
  AUTH_JWT_SECRET: 'x'.repeat(40),
};

function problemsOf(load: () => unknown): string[] {
  try {
    load();
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('the one store configuration of every app', () => {
  afterAll(() => rmSync(connections.DATA_DIR, { recursive: true, force: true }));

  const combinations = EVENT_STORES.flatMap((eventStore) =>
    READ_MODEL_STORES.flatMap((readModelStore) => EVENT_BUSES.map((eventBus) => ({ EVENT_STORE: eventStore, READ_MODEL_STORE: readModelStore, EVENT_BUS: eventBus }))),
  );

  it.each(combinations)('the api takes %o unless the projector could not write what it serves', (stores) => {
    const problems = problemsOf(() => loadConfig({ ...connections, ...stores }));
    const refused = stores.EVENT_BUS === 'kafka' && stores.READ_MODEL_STORE !== 'postgres';
    expect(problems).toEqual(refused ? ['EVENT_BUS=kafka needs READ_MODEL_STORE=postgres: the projector app writes the read models this process serves'] : []);
  });

  it.each(combinations)('the relay and the projector take %o with the Kafka bus, and refuse the in-process one', (stores) => {
    for (const [app, load] of [['relay', loadRelayConfig], ['projector', loadProjectorConfig]] as const) {
      const problems = problemsOf(() => load({ ...connections, ...stores }));
      expect(problems).toEqual(
        stores.EVENT_BUS === 'kafka' ? [] : [`EVENT_BUS=inprocess has the api project the log itself; the ${app} runs with EVENT_BUS=kafka (or EVENT_BUS unset)`],
      );
    }
  });

  it('the relay and the projector are on the Kafka bus when EVENT_BUS is unset, the api projects in-process', () => {
    expect(loadRelayConfig({ KAFKA_BROKERS: 'kafka-1:9092' }).stores.eventBus).toBe('kafka');
    expect(loadProjectorConfig({ KAFKA_BROKERS: 'kafka-1:9092' }).stores.eventBus).toBe('kafka');
    expect(loadConfig({ DATA_DIR: connections.DATA_DIR, AUTH_JWT_SECRET: connections.AUTH_JWT_SECRET }).eventBus).toBe('inprocess');
  });

  it('names each connection a chosen store needs, in every app alike', () => {
    const env = { EVENT_STORE: 'eventstoredb', READ_MODEL_STORE: 'postgres', KAFKA_BROKERS: 'kafka-1:9092', PATIENT_DATA_MASTER_KEY: KEY };
    const expected = ['DATABASE_URL is required when EVENT_STORE or READ_MODEL_STORE is postgres', 'EVENTSTORE_CONNECTION_STRING is required when EVENT_STORE is eventstoredb'];
    for (const load of [loadRelayConfig, loadProjectorConfig]) expect(problemsOf(() => load(env))).toEqual(expected);
    expect(problemsOf(() => loadConfig({ ...env, DATA_DIR: connections.DATA_DIR }))).toEqual(expected);
  });
});
