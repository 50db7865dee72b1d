import { randomBytes } from 'node:crypto';
import Ajv2020 from 'ajv/dist/2020';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { EventStore } from '@telemed/event-store/event-store.port';
import { PostgresEventStore } from '@telemed/event-store/postgres/postgres-event-store';
import { PatientDataCipher } from '@telemed/event-store/encryption';
import { KafkaProjector, KafkaRelay, publishedMessageSchema, SqlRelayCheckpoints } from '@telemed/messaging';
import { toJsonEnvelope } from '@telemed/event-store/event-envelope';
import { startTracing, stopTracing, tracingOff } from '@telemed/observability/tracing';
import { ALL_PROJECTIONS, PostgresReadModelStore } from '@telemed/projections';
import { consultationRequest, seedNetwork } from '../support/network-fixture';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { type KafkaTestCluster, startTestCluster, TEST_CONSUMER_TIMINGS } from '../support/kafka/test-cluster';
import { uniqueGroupId, waitUntil } from '../support/kafka/kafka-test-helpers';

/** One request, followed from the HTTP server through the log, the relay and Kafka to the projector's read-model writes. */
describe('a traced request', () => {
  const spans = new InMemorySpanExporter();
  let database: TestDatabase;
  let cluster: KafkaTestCluster;
  let t: TestApp;
  let relayLog: EventStore;
  let relayState: PostgresReadModelStore;
  let projectorModels: PostgresReadModelStore;
  let relay: KafkaRelay;
  let projector: KafkaProjector;

  beforeAll(async () => {
    await startTracing({ ...tracingOff('telemed-test'), enabled: true }, { spanProcessors: [new SimpleSpanProcessor(spans)] });
    [database, cluster] = await Promise.all([createTestDatabase(), startTestCluster({ partitions: 2 })]);
    t = await startTestApp({
      env: {
        EVENT_STORE: 'postgres',
        READ_MODEL_STORE: 'postgres',
        EVENT_BUS: 'kafka',
        DATABASE_URL: database.connectionString,
        PATIENT_DATA_MASTER_KEY: randomBytes(32).toString('base64'),
      },
    });
    relayLog = await PostgresEventStore.connect({ connectionString: database.connectionString });
    relayState = await PostgresReadModelStore.connect({ connectionString: database.connectionString, schema: 'relay_state' });
    projectorModels = await PostgresReadModelStore.connect({ connectionString: database.connectionString, schema: 'read_models' });
    relay = new KafkaRelay(relayLog, cluster.client('traced-relay'), await SqlRelayCheckpoints.open(relayState), { topicPrefix: cluster.topicPrefix });
    projector = new KafkaProjector(cluster.client('traced-projector'), projectorModels, ALL_PROJECTIONS, {
      groupId: uniqueGroupId('traced-projector'),
      topicPrefix: cluster.topicPrefix,
      ...TEST_CONSUMER_TIMINGS,
      decrypt: (events) => t.app.get(PatientDataCipher).decrypt(events),
    });
    await Promise.all([relay.start(), projector.start()]);
  }, 120_000);

  afterAll(async () => {
    await relay?.stop();
    await projector?.stop();
    await t?.close();
    await relayLog?.close();
    await relayState?.close();
    await projectorModels?.close();
    await cluster?.stop();
    await database?.drop();
    await stopTracing();
  });

  it('is one trace from the HTTP request through the command, the append, Kafka and the projector to the read-model write', async () => {
    const network = await seedNetwork(t);
    spans.reset();
    const answer = await t.http
      .post('/v1/consultations')
      .set('Authorization', `Bearer ${network.tokens.clinician}`)
      .send(consultationRequest(network))
      .expect(201);
    const { id, position } = answer.body as { id: string; position: string };
    expect(await relay.waitFor(BigInt(position), 60_000)).toBe(true);
    const read = await t.http.get(`/v1/consultations/${id}?minPosition=${position}`).set('Authorization', `Bearer ${network.tokens.clinician}`);
    expect(read.status).toBe(200);

    const server = spans.getFinishedSpans().find((span) => span.name === 'POST /v1/consultations')!;
    expect(server).toBeDefined();
    const traceId = server.spanContext().traceId;
    const inTrace = () => spans.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    await waitUntil(() => inTrace().some((span) => span.name === 'write consultations'), 30_000, 'the projector has written the consultation');
    const trace = inTrace();
    const childOf = (parent: ReadableSpan, name: string | RegExp) => {
      const child = trace.find((span) => span.parentSpanContext?.spanId === parent.spanContext().spanId && (typeof name === 'string' ? span.name === name : name.test(span.name)));
      if (!child) throw new Error(`no span ${name} under ${parent.name}; the trace has: ${trace.map((span) => span.name).join(', ')}`);
      return child;
    };

    expect(server.kind).toBe(SpanKind.SERVER);
    expect(server.parentSpanContext).toBeUndefined();
    expect(server.attributes).toMatchObject({ 'http.request.method': 'POST', 'http.route': '/v1/consultations', 'http.response.status_code': 201 });

    const command = childOf(server, 'RequestConsultation');
    expect(command.attributes).toMatchObject({ 'telemed.command.name': 'RequestConsultation', 'telemed.command.outcome': 'ok' });
    const partnershipRead = childOf(command, 'read partnership');
    expect(partnershipRead.kind).toBe(SpanKind.CLIENT);
    const append = childOf(command, /^append .*consultation/);
    expect(append.kind).toBe(SpanKind.CLIENT);
    expect(append.attributes).toMatchObject({ 'db.system.name': 'postgresql', 'db.operation.name': 'append' });

    const send = childOf(append, 'send telemed.consultation.v1');
    expect(send.kind).toBe(SpanKind.PRODUCER);
    expect(send.attributes).toMatchObject({ 'messaging.system': 'kafka', 'messaging.destination.name': 'telemed.consultation.v1', 'messaging.kafka.message.key': `consultation-${id}` });

    const process = childOf(send, 'process telemed.consultation.v1');
    expect(process.kind).toBe(SpanKind.CONSUMER);
    expect(process.attributes).toMatchObject({ 'messaging.operation.type': 'process', 'messaging.consumer.group.name': projector.groupId });
    const write = childOf(process, 'write consultations');
    expect(write.kind).toBe(SpanKind.CLIENT);
    expect(write.attributes).toMatchObject({ 'db.system.name': 'postgresql', 'db.collection.name': 'consultations' });

    // Every span of the request ended inside its parent's trace: nothing was cut off into a trace of its own.
    for (const span of [command, append, send, process, write]) expect(span.spanContext().traceId).toBe(traceId);

    // The trace context the event keeps is part of the published message's contract.
    const [requested] = await relayLog.readStream(`consultation-${id}`);
    expect(requested.metadata.traceContext).toEqual({ traceparent: `00-${traceId}-${append.spanContext().spanId}-01` });
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(publishedMessageSchema(requested.type, requested.schemaVersion)!);
    expect(validate(JSON.parse(JSON.stringify(toJsonEnvelope(requested))))).toBe(true);
  }, 120_000);
});
