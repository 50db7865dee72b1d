import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedRequest } from './auth';

const CORRELATION_HEADER = 'x-correlation-id';
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's `x-correlation-id` when it is a safe id, else the request's own id (the request log uses it too). */
export function correlationIdOf(request: Pick<FastifyRequest, 'headers' | 'id'>): string {
  const correlationHeader = request.headers[CORRELATION_HEADER];
  return typeof correlationHeader === 'string' && SAFE_ID.test(correlationHeader) ? correlationHeader : request.id;
}

export function metadataOf(request: AuthenticatedRequest): EventMetadata {
  const user = request.user!;
  const correlationId = correlationIdOf(request);
  return {
    actor: { userId: user.userId, role: user.role, ...(user.hospitalId && { hospitalId: user.hospitalId }) },
    correlationId,
    causationId: request.id,
    requestId: request.id,
    sourceAddress: request.ip,
  };
}

/** Who is acting, from where, and as part of which request: the metadata of every event a command writes. */
export const RequestMetadata = createParamDecorator((_data: unknown, context: ExecutionContext): EventMetadata =>
  metadataOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);
