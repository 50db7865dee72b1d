import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ProjectionRunner } from '@telemed/projections';
import type { AppConfig } from '@telemed/runtime';
import { APP_CONFIG } from '@telemed/application/infrastructure/tokens';
import { HttpProblem, problem } from '@telemed/application/requests/problem-details';
import { POSITION } from '@telemed/application/reading/read-query.dto';

/**
 * Holds a GET until the read models reach `?minPosition`, or answers 503 with Retry-After. A guard,
 * the last one: it runs only once the caller is known to be allowed, and costs nothing on the
 * requests that do not ask to wait.
 */
@Injectable()
export class ReadYourWritesGuard implements CanActivate {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const minPosition = (request.query as Record<string, unknown> | undefined)?.minPosition;
    if (request.method !== 'GET' || minPosition === undefined) return true;
    if (typeof minPosition !== 'string' || !POSITION.test(minPosition)) {
      throw new HttpProblem(
        problem(400, 'invalid-request', 'minPosition must be a log position (a decimal number)', [
          { field: 'minPosition', message: 'must be a log position (a decimal number)' },
        ]),
      );
    }
    if (!(await this.runner.waitFor(BigInt(minPosition), this.config.readYourWritesTimeoutMs))) {
      throw new HttpProblem(problem(503, 'read-model-behind', `the read models have not yet reached position ${minPosition}; retry shortly`, undefined, { position: minPosition }), {
        'retry-after': '1',
      });
    }
    return true;
  }
}
