import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../http/auth';
import { ApiProbe, LIVENESS, READINESS } from '../health/health.responses';
import { ReadinessChecks } from '@telemed/application/observability/readiness-checks';

/** Probes for an orchestrator: `live` restarts a stuck process, `ready` takes it out of the load balancer. */
@ApiTags('health')
@Controller('health')
export class HealthProbesController {
  constructor(private readonly readiness: ReadinessChecks) {}

  /** The process is up and answering; nothing else is asked, so a slow database never gets it restarted. */
  @Get('live')
  @Public()
  @ApiProbe('The process is up and answering', LIVENESS)
  live() {
    return { status: 'live' };
  }

  /** Ready when the log answers, the read models are not failing nor too far behind, and every registered check passes. */
  @Get('ready')
  @Public()
  @ApiProbe('Ready to serve: the log answers, the read models keep up, and every registered check passes', READINESS, READINESS)
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const report = await this.readiness.run();
    void reply.status(report.ready ? 200 : 503).header('cache-control', 'no-store');
    return { status: report.ready ? 'ready' : 'not-ready', checks: report.checks };
  }
}
