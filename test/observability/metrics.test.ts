import { randomUUID } from 'node:crypto';
import { HOSPITAL, seriesValue, startObservedApp, type ObservedApp } from './observability-app';

describe('Prometheus metrics at GET /metrics', () => {
  let t: ObservedApp;
  let coordinator: string;

  beforeAll(async () => {
    t = await startObservedApp();
    coordinator = await t.coordinatorToken();
  });

  afterAll(() => t.close());

  const scrape = async () => {
    const response = await t.http.get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text;
  };

  it('answers without a token, with the process metrics of this instance', async () => {
    const metrics = await scrape();
    expect(seriesValue(metrics, 'process_cpu_user_seconds_total', { service: 'api' })).toBeGreaterThan(0);
    expect(seriesValue(metrics, 'nodejs_heap_size_used_bytes', { service: 'api' })).toBeGreaterThan(0);
  });

  it('counts a command that writes: its outcome, its latency and the events it appended', async () => {
    const before = await scrape();
    const appendedBefore = seriesValue(before, 'telemed_events_appended_total') ?? 0;

    const response = await t.http.post('/v1/hospitals').set('Authorization', `Bearer ${coordinator}`).send(HOSPITAL);
    expect(response.status).toBe(201);

    const after = await scrape();
    const ok = { command: 'RegisterHospital', outcome: 'ok' };
    expect(seriesValue(after, 'telemed_commands_total', ok)).toBe((seriesValue(before, 'telemed_commands_total', ok) ?? 0) + 1);
    expect(seriesValue(after, 'telemed_command_duration_seconds_count', ok)).toBe(
      (seriesValue(before, 'telemed_command_duration_seconds_count', ok) ?? 0) + 1,
    );
    expect(seriesValue(after, 'telemed_command_duration_seconds_sum', ok)).toBeGreaterThan(0);
    expect(seriesValue(after, 'telemed_events_appended_total')).toBeGreaterThan(appendedBefore);
  });

  it('counts a command the rules refuse as refused, and writes no event for it', async () => {
    const before = await scrape();
    const refused = { command: 'AddDepartment', outcome: 'refused' };

    const response = await t.http
      .post(`/v1/hospitals/${randomUUID()}/departments`)
      .set('Authorization', `Bearer ${coordinator}`)
      .send({ name: 'Cardiology', specialty: 'cardiology' });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);

    const after = await scrape();
    expect(seriesValue(after, 'telemed_commands_total', refused)).toBe((seriesValue(before, 'telemed_commands_total', refused) ?? 0) + 1);
    expect(seriesValue(after, 'telemed_events_appended_total')).toBe(seriesValue(before, 'telemed_events_appended_total'));
  });

  it('times HTTP requests by route pattern and status class, never by the raw path', async () => {
    const id = randomUUID();
    await t.http.get(`/v1/hospitals/${id}`).set('Authorization', `Bearer ${coordinator}`);
    const metrics = await scrape();
    expect(seriesValue(metrics, 'telemed_http_request_duration_seconds_count', { method: 'POST', route: '/v1/hospitals', status_class: '2xx' })).toBe(1);
    expect(seriesValue(metrics, 'telemed_http_request_duration_seconds_count', { method: 'GET', route: '/v1/hospitals/:id', status_class: '4xx' })).toBe(1);
    expect(metrics).not.toContain(id);
  });

  it('reports how far the read models are behind the head of the log', async () => {
    const head = await t.eventCount();
    await t.http.get(`/v1/hospitals?minPosition=${head}`).set('Authorization', `Bearer ${coordinator}`).expect(200);
    const metrics = await scrape();
    const readModels = { projection: 'read-models' };
    expect(seriesValue(metrics, 'telemed_event_store_head_position')).toBe(head);
    expect(seriesValue(metrics, 'telemed_projection_position', readModels)).toBe(head);
    expect(seriesValue(metrics, 'telemed_projection_events_behind', readModels)).toBe(0);
    expect(seriesValue(metrics, 'telemed_projection_seconds_behind', readModels)).toBe(0);
    expect(seriesValue(metrics, 'telemed_projection_failing', readModels)).toBe(0);
  });

  it('keeps a registry per app instance: another app in the same process starts from zero', async () => {
    const other = await startObservedApp();
    try {
      const metrics = (await other.http.get('/metrics').expect(200)).text;
      expect(seriesValue(metrics, 'telemed_commands_total', { command: 'RegisterHospital', outcome: 'ok' })).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});

describe('turning /metrics off or behind a token', () => {
  it('METRICS_ENABLED=false removes the route', async () => {
    const t = await startObservedApp({ METRICS_ENABLED: 'false' });
    try {
      expect((await t.http.get('/metrics')).status).toBe(404);
    } finally {
      await t.close();
    }
  });

  it('METRICS_TOKEN makes the scraper show that token; a user token does not open it', async () => {
    const token = 'scrape-'.padEnd(32, 'x');
    const t = await startObservedApp({ METRICS_TOKEN: token });
    try {
      expect((await t.http.get('/metrics')).status).toBe(401);
      expect((await t.http.get('/metrics').set('Authorization', `Bearer ${await t.coordinatorToken()}`)).status).toBe(401);
      expect((await t.http.get('/metrics').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
