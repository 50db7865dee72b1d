import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '@telemed/runtime';
import { Public } from '../http/auth';
import { HttpProblem, problem } from '@telemed/application/requests/problem-details';
import { APP_CONFIG } from '@telemed/application/infrastructure/tokens';
import { ApiMetrics } from '@telemed/application/observability/api-metrics';

function sameSecret(given: string, expected: string): boolean {
  // Hashing first gives equal lengths, so the comparison takes the same time whatever was sent.
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Prometheus text format for a scraper. Registered only when METRICS_ENABLED is true; with
 * METRICS_TOKEN set, the scraper must send it as a bearer token (user tokens do not open it).
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: ApiMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const token = this.config.observability.metricsToken;
    if (token !== undefined) {
      const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
      if (given === undefined || !sameSecret(given, token)) {
        throw new HttpProblem(problem(401, 'unauthenticated', 'the metrics token is required (Authorization: Bearer <METRICS_TOKEN>)'), {
          'www-authenticate': 'Bearer',
        });
      }
    }
    void reply.header('content-type', this.metrics.registry.contentType).header('cache-control', 'no-store');
    return this.metrics.registry.metrics();
  }
}
