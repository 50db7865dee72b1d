import { randomUUID } from 'node:crypto';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startTracing, stopTracing, tracingOff } from '@telemed/observability/tracing';
import { consultationRequest, seedNetwork, type SeededNetwork } from '../support/network-fixture';
import { startTestApp, type TestApp } from '../support/test-app';

const CALLER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';

/** The embedded API with tracing on: spans for the request, the command and the log, and the trace kept with the events. */
describe('tracing the API', () => {
  const spans = new InMemorySpanExporter();
  let t: TestApp;
  let network: SeededNetwork;

  beforeAll(async () => {
    await startTracing({ ...tracingOff('telemed-api'), enabled: true }, { spanProcessors: [new SimpleSpanProcessor(spans)] });
    t = await startTestApp();
    network = await seedNetwork(t);
  });

  afterAll(async () => {
    await t?.close();
    await stopTracing();
  });

  beforeEach(() => spans.reset());

  it("continues the caller's trace and keeps the append's trace context in every event it writes", async () => {
    const answer = await t.http
      .post('/v1/consultations')
      .set('Authorization', `Bearer ${network.tokens.clinician}`)
      .set('traceparent', `00-${CALLER_TRACE}-${CALLER_SPAN}-01`)
      .send(consultationRequest(network))
      .expect(201);
    const finished = spans.getFinishedSpans();
    const server = finished.find((span) => span.kind === SpanKind.SERVER)!;
    expect(server.name).toBe('POST /v1/consultations');
    expect(server.spanContext().traceId).toBe(CALLER_TRACE);
    expect(server.parentSpanContext?.spanId).toBe(CALLER_SPAN);
    const append = finished.find((span) => span.name.startsWith('append '))!;
    expect(append.attributes['db.system.name']).toBe('sqlite');

    const history = await t.http.get(`/v1/audit/streams/consultation-${answer.body.id}`).set('Authorization', `Bearer ${network.tokens.auditor}`).expect(200);
    const [requested] = history.body.events;
    expect(requested.metadata.traceContext).toEqual({ traceparent: `00-${CALLER_TRACE}-${append.spanContext().spanId}-01` });
  });

  it('marks a refused command as refused, a client error, without failing its span', async () => {
    await t.http
      .post('/v1/consultations')
      .set('Authorization', `Bearer ${network.tokens.clinician}`)
      .send(consultationRequest(network, { partnershipId: randomUUID() }))
      .expect(400);
    const command = spans.getFinishedSpans().find((span) => span.name === 'RequestConsultation')!;
    expect(command.attributes['telemed.command.outcome']).toBe('refused');
    expect(command.status.code).toBe(SpanStatusCode.UNSET);
    const server = spans.getFinishedSpans().find((span) => span.kind === SpanKind.SERVER)!;
    expect(server.attributes['http.response.status_code']).toBe(400);
    expect(server.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('leaves the probes and the metrics untraced', async () => {
    await t.http.get('/health/live').expect(200);
    await t.http.get('/metrics').expect(200);
    expect(spans.getFinishedSpans()).toEqual([]);
  });

  it('names an unmatched request by its method alone, never by its URL', async () => {
    await t.http.get('/calendar/secret-token-of-a-feed.ics?patient=KS2-2026-000123').expect(404);
    const server = spans.getFinishedSpans().find((span) => span.kind === SpanKind.SERVER)!;
    expect(server.name).toMatch(/^GET( \/calendar\/:token)?/);
    expect(JSON.stringify(server.attributes)).not.toMatch(/secret-token|KS2-2026/);
  });
});
