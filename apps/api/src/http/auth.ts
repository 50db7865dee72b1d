import {
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AuthenticatedUser, InvalidToken, TokenVerifier, UserRole } from '@telemed/auth';
import { HttpProblem, problem } from './problem-details';

const ROLES_KEY = 'telemed:roles';
const PUBLIC_KEY = 'telemed:public';

/** The roles allowed to call a route; a route without it is open to every authenticated role. */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES_KEY, roles);
/** A route that needs no token (health, documentation). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export type AuthenticatedRequest = FastifyRequest & { user?: AuthenticatedUser };

/** The verified caller of the request. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  return request.user!;
});

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    if (!header || !/^Bearer\s+\S+$/i.test(header)) {
      throw unauthorized('a bearer token is required (Authorization: Bearer <token>)');
    }
    try {
      request.user = await this.verifier.verify(header.replace(/^Bearer\s+/i, ''));
    } catch (error) {
      if (error instanceof InvalidToken) throw unauthorized(error.reason);
      throw error;
    }
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(request.user.role)) {
      throw new HttpProblem(problem(403, 'role-not-allowed', `the ${request.user.role} role may not do this; allowed: ${roles.join(', ')}`));
    }
    return true;
  }
}

function unauthorized(detail: string): HttpProblem {
  return new HttpProblem(problem(401, 'unauthenticated', detail), { 'www-authenticate': 'Bearer' });
}
