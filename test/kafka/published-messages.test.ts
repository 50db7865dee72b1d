import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import type { RecordedEvent } from '@telemed/event-store/event-envelope';
import { SqliteReadModelStore } from '@telemed/projections';
import { EVENT_HEADERS, eventTopics, KafkaRelay, publishedMessageSchema, SqlRelayCheckpoints, topicForStream } from '@telemed/messaging';
import { readWholeLog } from '../stats/log-recount';
import { generateProgrammeLog, type ProgrammeLog } from '../support/kafka/programme-log';
import { type KafkaTestCluster, startTestCluster } from '../support/kafka/test-cluster';
import { type ConsumedMessage, readTopics } from '../support/kafka/kafka-test-helpers';

type Data = Record<string, unknown>;

/** Every text value inside a patient's details: none of them may appear in a header. */
function patientValues(event: RecordedEvent): string[] {
  const patient = (event.data as Data).patient as Data | undefined;
  if (!patient) return [];
  const values: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === 'string' && value.length >= 3) values.push(value);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
  };
  collect(patient);
  return values;
}

describe('the messages the relay publishes for a generated programme', () => {
  let cluster: KafkaTestCluster;
  let programme: ProgrammeLog;
  let log: RecordedEvent[];
  let messages: ConsumedMessage[];
  const relayState = SqliteReadModelStore.open(':memory:');

  beforeAll(async () => {
    [cluster, programme] = await Promise.all([startTestCluster({ partitions: 3 }), generateProgrammeLog({ seed: 29, scale: 0.6, months: 10 })]);
    log = await readWholeLog(programme.events);
    const relay = new KafkaRelay(programme.events, cluster.client('messages-relay'), await SqlRelayCheckpoints.open(relayState), {
      topicPrefix: cluster.topicPrefix,
      batchSize: 100,
    });
    await relay.start();
    try {
      expect(await relay.waitFor(programme.head, 30_000)).toBe(true);
    } finally {
      await relay.stop();
    }
    messages = await readTopics(cluster.client('messages-reader'), eventTopics(cluster.topicPrefix), { count: log.length, timeoutMs: 30_000 });
  }, 60_000);

  afterAll(async () => {
    await cluster?.stop();
    await programme?.close();
    await relayState.close();
  });

  it('holds every event of the log exactly once', () => {
    expect(messages).toHaveLength(log.length);
    expect(new Set(messages.map((message) => message.headers[EVENT_HEADERS.eventId]))).toEqual(new Set(log.map((event) => event.eventId)));
  });

  it('validates, message by message, against the JSON Schema of its event type and schema version', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const validators = new Map<string, ValidateFunction>();
    const failures: string[] = [];
    for (const message of messages) {
      const value = JSON.parse(message.value!.toString('utf8'));
      const key = `${value.type}@${value.schemaVersion}`;
      let validate = validators.get(key);
      if (!validate) {
        const schema = publishedMessageSchema(value.type, value.schemaVersion);
        if (!schema) {
          failures.push(`${key}: no schema`);
          continue;
        }
        validators.set(key, (validate = ajv.compile(schema)));
      }
      if (!validate(value)) failures.push(`${key} at ${value.globalPosition}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(failures).toEqual([]);
    // The programme exercises most of the registry, the seal included.
    expect([...validators.keys()]).toEqual(expect.arrayContaining(['ConsultationRequested@1', 'CaseReviewConcluded@1', 'AttendanceRecorded@2', 'LogSealed@1']));
  });

  it('is keyed by its stream on its aggregate\'s topic, with identifying headers and no patient details in them', () => {
    const byId = new Map(log.map((event) => [event.eventId, event]));
    for (const message of messages) {
      const event = byId.get(message.headers[EVENT_HEADERS.eventId])!;
      expect(message.key).toBe(event.streamId);
      expect(message.topic).toBe(topicForStream(event.streamId, cluster.topicPrefix));
      expect(message.headers).toEqual({
        [EVENT_HEADERS.eventId]: event.eventId,
        [EVENT_HEADERS.eventType]: event.type,
        [EVENT_HEADERS.schemaVersion]: String(event.schemaVersion),
        [EVENT_HEADERS.globalPosition]: event.globalPosition.toString(),
        [EVENT_HEADERS.correlationId]: event.metadata.correlationId,
      });
      const headerText = Object.values(message.headers).join('\n');
      for (const detail of patientValues(event)) expect(headerText).not.toContain(detail);
    }
    expect(log.some((event) => patientValues(event).length > 0)).toBe(true);
  });

  it('keeps each stream in one partition, in stream order', () => {
    const byStream = new Map<string, ConsumedMessage[]>();
    for (const message of messages) byStream.set(message.key!, [...(byStream.get(message.key!) ?? []), message]);
    for (const [streamId, streamMessages] of byStream) {
      expect(new Set(streamMessages.map((message) => `${message.topic}/${message.partition}`)).size).toBe(1);
      const inOffsetOrder = [...streamMessages].sort((a, b) => (a.offset < b.offset ? -1 : 1));
      const revisions = inOffsetOrder.map((message) => JSON.parse(message.value!.toString()).streamRevision);
      expect({ streamId, revisions }).toEqual({ streamId, revisions: revisions.map((_revision: number, index: number) => index) });
    }
  });
});
