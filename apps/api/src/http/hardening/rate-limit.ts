import { DynamicModule, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  ThrottlerModule,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import { TokenVerifier } from '@telemed/auth';
import { type AuthenticatedRequest, authenticate, isPublicRoute } from '../auth';
import { HttpProblem, problem } from '@telemed/application/requests/problem-details';
import type { SecurityConfig } from '@telemed/runtime';

const MINUTE_MS = 60_000;

function callerOf(context: ExecutionContext) {
  return context.switchToHttp().getRequest<AuthenticatedRequest>().user;
}

/**
 * Two budgets a minute: one per user for callers with a valid token, one per address for the rest
 * (no token, or one that does not verify), so guessing tokens is as limited as flooding. Each
 * budget spans every route; a limit of 0 turns it off.
 */
export function rateLimitModule({ perMinute, anonymousPerMinute }: SecurityConfig['rateLimit']): DynamicModule {
  return ThrottlerModule.forRoot({
    throttlers: [
      { name: 'user', ttl: MINUTE_MS, limit: perMinute, skipIf: (context) => perMinute === 0 || !callerOf(context) },
      { name: 'anonymous', ttl: MINUTE_MS, limit: anonymousPerMinute, skipIf: (context) => anonymousPerMinute === 0 || !!callerOf(context) },
    ],
    setHeaders: false,
    getTracker: (request) => {
      const user = (request as AuthenticatedRequest).user;
      return user ? `user:${user.userId}` : `address:${(request as AuthenticatedRequest).ip}`;
    },
    generateKey: (_context, tracker, name) => `${name}:${tracker}`,
  });
}

/** Runs before authentication is enforced: it verifies the token itself (once per request) to know whose budget to charge. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {
    super(options, storage, reflector);
  }

  /** Public routes (health probes, metrics) are never limited: an orchestrator polls them. */
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (isPublicRoute(this.reflector, context)) return true;
    await authenticate(context.switchToHttp().getRequest<AuthenticatedRequest>(), this.verifier);
    return false;
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const seconds = Math.max(1, detail.timeToBlockExpire);
    throw new HttpProblem(
      problem(429, 'too-many-requests', `more than ${detail.limit} requests a minute; retry in ${seconds} s`, undefined, { limit: detail.limit, seconds }),
      { 'retry-after': String(seconds) },
    );
  }
}
