import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { statusClass } from '@telemed/observability';
import { correlationIdOf } from '../http/request-metadata';
import { ApiMetrics } from '@telemed/application/observability/api-metrics';

/** The label of requests that matched no route, so a scan of random paths cannot multiply the series. */
const UNMATCHED_ROUTE = 'unmatched';

/**
 * One log line and one duration sample per request, when the answer has been sent. The line names the
 * route pattern (`/v1/consultations/:id`), never the URL: query strings may carry patient details, and
 * neither headers (the Authorization token) nor bodies are logged.
 */
export function installHttpObservability(app: NestFastifyApplication, logger: Logger): void {
  const metrics = app.get(ApiMetrics);
  const requestLog = logger.child({ context: 'HTTP' });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
    const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
    const status = reply.statusCode;
    const durationMs = reply.elapsedTime;
    metrics.httpDuration.observe({ method: request.method, route, status_class: statusClass(status) }, durationMs / 1000);
    const line = {
      requestId: request.id,
      correlationId: correlationIdOf(request),
      method: request.method,
      route,
      status,
      durationMs: Math.round(durationMs * 1000) / 1000,
    };
    if (status >= 500) requestLog.error(line, 'request failed');
    else requestLog.info(line, 'request completed');
  });
}
