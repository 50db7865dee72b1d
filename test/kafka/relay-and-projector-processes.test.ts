import { dirname, join } from 'node:path';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { SqliteReadModelStore } from '@telemed/projections';
import { readWholeLog } from '../stats/log-recount';
import { generateProgrammeLog, type ProgrammeLog } from '../support/kafka/programme-log';
import { differencesFromRebuild, statsBesideRecount } from '../support/kafka/read-model-checks';
import { type KafkaTestCluster, startTestCluster } from '../support/kafka/test-cluster';
import { AppProcess, ensureAppsBuilt, PROJECTOR_MAIN, RELAY_MAIN, startRelayAndProjector, untilBothCaughtUp } from '../support/kafka/app-process';

describe('the relay and projector processes', () => {
  let cluster: KafkaTestCluster;
  let programme: ProgrammeLog;
  let log: RecordedEvent[];
  const processes: AppProcess[] = [];

  beforeAll(async () => {
    ensureAppsBuilt();
    [cluster, programme] = await Promise.all([startTestCluster({ partitions: 3 }), generateProgrammeLog({ seed: 61, scale: 0.5, months: 8 })]);
    log = await readWholeLog(programme.events);
  }, 90_000);

  afterAll(async () => {
    processes.forEach((child) => child.kill());
    await cluster?.stop();
    await programme?.close();
  });

  it('forward and project the log from their environment, and stop cleanly on SIGTERM', async () => {
    const dataDir = dirname(programme.eventsFile);
    const common = {
      DATA_DIR: dataDir,
      EVENT_STORE: 'sqlite',
      READ_MODEL_STORE: 'sqlite',
      KAFKA_BROKERS: cluster.brokers.join(','),
      KAFKA_TOPIC_PREFIX: cluster.topicPrefix,
      KAFKA_TOPIC_PARTITIONS: '3',
      KAFKA_REPLICATION_FACTOR: '3',
      LAG_REPORT_INTERVAL_MS: '1000',
      PROBE_PORT: '0',
    };
    const { relay, projector } = startRelayAndProjector(common, 'sqlite');
    processes.push(relay, projector);

    await untilBothCaughtUp(relay, projector, log.length);

    relay.terminate();
    projector.terminate();
    expect(await relay.exited).toEqual({ code: 0, signal: null });
    expect(await projector.exited).toEqual({ code: 0, signal: null });
    expect(relay.lines.find((line) => line.message === 'relay stopped')).toMatchObject({ position: programme.head.toString(), eventsPublished: log.length });
    expect(projector.lines.find((line) => line.message === 'projector stopped')).toMatchObject({ applied: log.length, deadLettered: 0 });

    const readModels = SqliteReadModelStore.open(join(dataDir, 'projector-read-models.sqlite'));
    try {
      expect(await differencesFromRebuild(readModels, programme.events)).toEqual([]);
      const { served, recounted } = await statsBesideRecount(readModels, log);
      expect(served).toEqual(recounted);
    } finally {
      await readModels.close();
    }
  }, 90_000);

  it('refuse to start on a bad configuration, naming every problem', async () => {
    const relay = new AppProcess(RELAY_MAIN, { EVENT_STORE: 'postgres', KAFKA_TOPIC_PARTITIONS: '0' });
    const projector = new AppProcess(PROJECTOR_MAIN, { KAFKA_BROKERS: 'kafka-1', READ_MODEL_STORE: 'mysql' });
    processes.push(relay, projector);
    expect((await relay.exited).code).toBe(1);
    expect((await projector.exited).code).toBe(1);
    expect(relay.output).toContain('KAFKA_BROKERS is required');
    expect(relay.output).toContain('KAFKA_TOPIC_PARTITIONS must be an integer from 1 to 10000 (got "0")');
    expect(relay.output).toContain('DATABASE_URL is required when EVENT_STORE or READ_MODEL_STORE is postgres');
    expect(projector.output).toContain('KAFKA_BROKERS: "kafka-1" is not host:port');
    expect(projector.output).toContain('READ_MODEL_STORE must be one of sqlite, postgres (got "mysql")');
  }, 30_000);
});
