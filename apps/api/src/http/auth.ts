import { applyDecorators, CanActivate, createParamDecorator, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AuthenticatedUser, InvalidToken, KeySetUnavailable, TokenVerifier } from '@telemed/auth';
import { HttpProblem, problem } from '@telemed/application/requests/problem-details';

const PUBLIC_KEY = 'telemed:public';

/**
 * A route that needs no token (health, metrics, documentation); every other route names a policy action.
 * /docs says so with an empty security requirement.
 */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiSecurity({}));

export function isPublicRoute(reflector: Reflector, context: ExecutionContext): boolean {
  return reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]) === true;
}

export type AuthenticatedRequest = FastifyRequest & { user?: AuthenticatedUser };

/** The verified caller of the request. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  return request.user!;
});

export type Authentication = { user: AuthenticatedUser } | { refusal: HttpProblem };

const BEARER = /^Bearer\s+(\S+)$/i;
const authentications = new WeakMap<object, Promise<Authentication>>();

/**
 * Verifies the request's bearer token once, however many guards ask (the rate limiter asks first,
 * to count a caller by user rather than by address), and sets `request.user` when it is valid.
 */
export function authenticate(request: AuthenticatedRequest, verifier: TokenVerifier): Promise<Authentication> {
  let pending = authentications.get(request);
  if (!pending) {
    pending = verifyBearer(request, verifier);
    authentications.set(request, pending);
  }
  return pending;
}

/**
 * Authenticates the request by other means than a bearer token (a stream ticket, used up once):
 * every guard that asks afterwards gets this outcome.
 */
export function authenticateAs(request: AuthenticatedRequest, outcome: Promise<Authentication>): void {
  authentications.set(request, outcome);
}

async function verifyBearer(request: AuthenticatedRequest, verifier: TokenVerifier): Promise<Authentication> {
  const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
  if (token === undefined) return { refusal: unauthorized('a bearer token is required (Authorization: Bearer <token>)') };
  try {
    request.user = await verifier.verify(token);
    return { user: request.user };
  } catch (error) {
    if (error instanceof InvalidToken) return { refusal: unauthorized(error.reason) };
    if (error instanceof KeySetUnavailable) {
      return { refusal: new HttpProblem(problem(503, 'identity-provider-unavailable', error.reason), { 'retry-after': '5' }) };
    }
    throw error;
  }
}

/** 401 for every route but the public ones unless the bearer token verifies. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (isPublicRoute(this.reflector, context)) return true;
    const outcome = await authenticate(context.switchToHttp().getRequest<AuthenticatedRequest>(), this.verifier);
    if ('refusal' in outcome) throw outcome.refusal;
    return true;
  }
}

export function unauthorized(detail: string, code = 'unauthenticated'): HttpProblem {
  return new HttpProblem(problem(401, code, detail), { 'www-authenticate': 'Bearer' });
}
