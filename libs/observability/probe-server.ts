import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { createMetricsRegistry } from './metrics-registry';
import { type ReadinessCheck, runReadinessChecks } from './readiness';

export interface ProbeSettings {
  /** `PROBE_PORT` (default 9464; 0 picks a free port). */
  port: number;
  /** `HOST`, as for the API: 127.0.0.1 unless told (0.0.0.0 in a container). */
  host: string;
  /** `METRICS_ENABLED` (default true): whether `/metrics` is served. */
  metricsEnabled: boolean;
}

export const DEFAULT_PROBE_PORT = 9464;

const STARTING: ReadinessCheck = { name: 'startup', check: async () => ({ ready: false, detail: 'still starting' }) };

/**
 * `/health/live`, `/health/ready` and `/metrics` on a port of their own, for processes that have no
 * HTTP API. Not ready until `started()` hands over the real checks.
 */
export class ProbeServer {
  readonly registry: Registry;
  private checks: readonly ReadinessCheck[] = [STARTING];
  private readonly server: Server;

  private constructor(
    service: string,
    private readonly settings: ProbeSettings,
  ) {
    this.registry = createMetricsRegistry(service);
    this.server = createServer((request, response) => void this.answer(request, response));
  }

  static async start(service: string, settings: ProbeSettings): Promise<ProbeServer> {
    const probes = new ProbeServer(service, settings);
    await new Promise<void>((resolve, reject) => {
      probes.server.once('error', reject);
      probes.server.listen(settings.port, settings.host, () => resolve());
    });
    return probes;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Not ready yet: waiting for the dependency `name`, for the reason given (its last error). */
  waiting(name: string, detail: string): void {
    this.checks = [{ name, check: async () => ({ ready: false, detail }) }];
  }

  /** The process is up: from now on readiness is what these checks say. */
  started(checks: readonly ReadinessCheck[]): void {
    this.checks = checks;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '/').split('?')[0];
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
    };
    try {
      if (request.method !== 'GET') return json(405, { status: 'method-not-allowed' });
      if (path === '/health/live') return json(200, { status: 'live' });
      if (path === '/health/ready') {
        const report = await runReadinessChecks(this.checks);
        return json(report.ready ? 200 : 503, { status: report.ready ? 'ready' : 'not-ready', checks: report.checks });
      }
      if (path === '/metrics' && this.settings.metricsEnabled) {
        const text = await this.registry.metrics();
        response.writeHead(200, { 'content-type': this.registry.contentType, 'cache-control': 'no-store' }).end(text);
        return;
      }
      return json(404, { status: 'not-found' });
    } catch (error) {
      json(500, { status: 'error', detail: error instanceof Error ? error.message : String(error) });
    }
  }
}
