import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { from, Observable, switchMap } from 'rxjs';
import { ProjectionRunner } from '@telemed/projections';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../infrastructure/tokens';
import { HttpProblem, problem } from './problem-details';

const POSITION = /^\d{1,19}$/;

/** Every read accepts `minPosition`: the answer reflects at least the log up to that position. */
export class ReadQueryDto {
  @ApiPropertyOptional({ description: 'wait until the read models have applied the log up to this position' })
  @IsOptional()
  @MaxLength(19)
  @Matches(POSITION, { message: '$property must be a log position (a decimal number)' })
  minPosition?: string;
}

/** Holds a GET until the read models reach `?minPosition`, or answers 503 with Retry-After. */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const minPosition = (request.query as Record<string, unknown> | undefined)?.minPosition;
    if (request.method !== 'GET' || minPosition === undefined) return next.handle();
    if (typeof minPosition !== 'string' || !POSITION.test(minPosition)) {
      throw new HttpProblem(
        problem(400, 'invalid-request', 'minPosition must be a log position (a decimal number)', [
          { field: 'minPosition', message: 'must be a log position (a decimal number)' },
        ]),
      );
    }
    return from(this.runner.waitFor(BigInt(minPosition), this.config.readYourWritesTimeoutMs)).pipe(
      switchMap((caughtUp) => {
        if (!caughtUp) {
          throw new HttpProblem(
            problem(503, 'read-model-behind', `the read models have not yet reached position ${minPosition}; retry shortly`),
            { 'retry-after': '1' },
          );
        }
        return next.handle();
      }),
    );
  }
}
