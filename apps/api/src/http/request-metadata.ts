import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import type { AuthenticatedRequest } from './auth';

const CORRELATION_HEADER = 'x-correlation-id';
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function metadataOf(request: AuthenticatedRequest): EventMetadata {
  const user = request.user!;
  const correlationHeader = request.headers[CORRELATION_HEADER];
  const correlationId = typeof correlationHeader === 'string' && SAFE_ID.test(correlationHeader) ? correlationHeader : request.id;
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
