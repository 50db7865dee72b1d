import { applyDecorators, CanActivate, ExecutionContext, Injectable, Logger, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { type AuthenticatedRequest, isPublicRoute } from '../auth';
import { HttpProblem, problem } from '@telemed/application/requests/problem-details';
import { ApiProblem } from '../openapi/problem-responses';
import { type Action, policyOf, rolesAllowed } from '@telemed/application/access/policy';

const ACTION_KEY = 'telemed:action';

/**
 * The action of the access policy a route performs; the policy decides which roles may call it.
 * In /docs the route then needs a bearer token and may answer 401 and 403.
 */
export const Allow = (action: Action) =>
  applyDecorators(
    SetMetadata(ACTION_KEY, action),
    ApiExtension('x-policy', { action, roles: policyOf(action).roles }),
    ApiBearerAuth(),
    ApiProblem(401),
    ApiProblem(403),
  );

export function actionOf(reflector: Reflector, context: ExecutionContext): Action | undefined {
  return reflector.get<Action | undefined>(ACTION_KEY, context.getHandler());
}

/**
 * The role part of the policy, after authentication: 403 for a role the route's action does not
 * name. A route that names no action is refused to everyone: nothing is open by omission.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger('Policy');

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (isPublicRoute(this.reflector, context)) return true;
    const action = actionOf(this.reflector, context);
    if (action === undefined) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no @Allow action; refused`);
      throw new HttpProblem(problem(403, 'no-policy', 'this route names no action of the access policy, so no role may call it'));
    }
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!user) throw new HttpProblem(problem(401, 'unauthenticated', 'a bearer token is required'), { 'www-authenticate': 'Bearer' });
    const roles = rolesAllowed(action);
    if (!roles.includes(user.role)) {
      const allowed = roles.join(', ');
      throw new HttpProblem(
        problem(403, 'role-not-allowed', `the ${user.role} role may not do this (${action}); allowed: ${allowed}`, undefined, { role: user.role, action, allowed }),
      );
    }
    return true;
  }
}
