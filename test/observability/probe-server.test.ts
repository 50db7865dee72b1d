import { ProbeServer, registerProjectionLagMetrics } from '@telemed/observability';
import { readProbeSettings } from '@telemed/runtime';

/** The probes of the relay and the projector, which have no HTTP API of their own. */
describe('the probe server of a process without an HTTP API', () => {
  const settings = { port: 0, host: '127.0.0.1', metricsEnabled: true };
  let probes: ProbeServer;

  afterEach(() => probes?.close());

  const get = async (path: string) => {
    const response = await fetch(`http://127.0.0.1:${probes.port}${path}`);
    return { status: response.status, text: await response.text() };
  };

  it('is live at once but not ready until the process has started', async () => {
    probes = await ProbeServer.start('relay', settings);
    expect((await get('/health/live')).status).toBe(200);
    const ready = await get('/health/ready');
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.text)).toEqual({ status: 'not-ready', checks: { startup: { ready: false, detail: 'still starting' } } });
  });

  it('is ready when every check handed over at start passes, and answers 503 naming the one that fails', async () => {
    probes = await ProbeServer.start('projector', settings);
    let kafkaUp = true;
    probes.started([
      { name: 'readModels', check: async () => ({ ready: true }) },
      {
        name: 'kafka',
        check: async () => {
          if (!kafkaUp) throw new Error('connect ECONNREFUSED kafka:9092');
          return { ready: true, brokers: 1 };
        },
      },
    ]);
    expect(JSON.parse((await get('/health/ready')).text)).toEqual({
      status: 'ready',
      checks: { readModels: { ready: true }, kafka: { ready: true, brokers: 1 } },
    });

    kafkaUp = false;
    const down = await get('/health/ready');
    expect(down.status).toBe(503);
    expect(JSON.parse(down.text).checks.kafka).toEqual({ ready: false, detail: 'connect ECONNREFUSED kafka:9092' });
  });

  it('serves the process metrics and the relay lag, labelled with the service', async () => {
    probes = await ProbeServer.start('relay', settings);
    const store = { headPosition: async () => 5n, readAll: async () => ({ events: [], scannedUpTo: 5n }) };
    registerProjectionLagMetrics(probes.registry, store, [{ name: 'kafka', position: () => 5n }], 'relay');
    const metrics = await get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toMatch(/^process_cpu_user_seconds_total\{service="relay"\} /m);
    expect(metrics.text).toMatch(/^telemed_relay_events_behind\{relay="kafka",service="relay"\} 0$/m);
    expect(metrics.text).not.toContain('telemed_relay_failing');
  });

  it('has no /metrics when METRICS_ENABLED is false', async () => {
    probes = await ProbeServer.start('relay', { ...settings, metricsEnabled: false });
    expect((await get('/metrics')).status).toBe(404);
  });

  it('reads PROBE_PORT, HOST and METRICS_ENABLED, reporting bad values', () => {
    const problems: string[] = [];
    expect(readProbeSettings({ PROBE_PORT: '9100', HOST: '0.0.0.0', METRICS_ENABLED: 'false' }, problems)).toEqual({
      port: 9100,
      host: '0.0.0.0',
      metricsEnabled: false,
    });
    expect(readProbeSettings({}, problems)).toEqual({ port: 9464, host: '127.0.0.1', metricsEnabled: true });
    expect(problems).toEqual([]);
    readProbeSettings({ PROBE_PORT: 'http', METRICS_ENABLED: 'maybe' }, problems);
    expect(problems).toEqual(['PROBE_PORT must be an integer from 0 to 65535 (got "http")', 'METRICS_ENABLED must be true or false (got "maybe")']);
  });
});
