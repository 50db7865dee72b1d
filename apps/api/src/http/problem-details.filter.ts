import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger, Optional } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, DomainErrorKind } from '@telemed/domain/core';
import { storeFailureOf, type StoreFailureKind } from '@telemed/event-store/store-failures';
import { StorageHealth } from '@telemed/application/infrastructure/storage-health';
import { HttpProblem, PROBLEM_CONTENT_TYPE, ProblemDetails, problem } from '@telemed/application/requests/problem-details';

const STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
};

const HTTP_EXCEPTION_CODES: Record<number, string> = {
  400: 'malformed-request',
  404: 'route-not-found',
  405: 'method-not-allowed',
  413: 'body-too-large',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
};

/** What the caller is told when the storage fails under a request: nothing was lost, try again later. */
const STORE_FAILURES: Record<StoreFailureKind, { status: number; code: string; detail: string; retryAfterSeconds: number }> = {
  unavailable: {
    status: 503,
    code: 'dependency-unavailable',
    detail: 'a database the request needs cannot be reached; try again shortly',
    retryAfterSeconds: 5,
  },
  full: {
    status: 507,
    code: 'storage-full',
    detail: 'the storage is full or failing, so nothing was written; reads still work; try again once an operator has freed space',
    retryAfterSeconds: 60,
  },
};

function fromHttpException(exception: HttpException, request: FastifyRequest): ProblemDetails {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const message =
    typeof response === 'string'
      ? response
      : Array.isArray((response as { message?: unknown }).message)
        ? ((response as { message: string[] }).message).join('; ')
        : String((response as { message?: unknown }).message ?? exception.message);
  const code = HTTP_EXCEPTION_CODES[status] ?? `http-${status}`;
  return problem(status, code, message, undefined, { method: request.method, path: request.url.split('?')[0] });
}

/** Maps every error to one problem document, once, for the whole API. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(@Optional() private readonly storage?: StorageHealth) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    let body: ProblemDetails;
    let headers: Record<string, string> = {};
    const storeFailure = storeFailureOf(exception);
    if (exception instanceof HttpProblem) {
      body = exception.problem;
      headers = exception.headers;
    } else if (exception instanceof DomainError) {
      body = problem(STATUS_OF_KIND[exception.kind], exception.code, exception.message, exception.fieldErrors, exception.params);
    } else if (exception instanceof HttpException) {
      body = fromHttpException(exception, request);
    } else if (storeFailure) {
      const answer = STORE_FAILURES[storeFailure];
      this.logger.warn({ err: exception, requestId: request.id, failure: storeFailure }, `storage failure answered ${answer.status}`);
      void this.storage?.recordFailure(storeFailure, exception);
      body = problem(answer.status, answer.code, answer.detail);
      headers = { 'retry-after': String(answer.retryAfterSeconds) };
    } else {
      this.logger.error({ err: exception, requestId: request.id }, 'unhandled error');
      body = problem(500, 'internal-error', 'the request could not be completed; it has been logged');
    }
    body.instance = request.url.split('?')[0];
    void reply.status(body.status).headers({ ...headers, 'content-type': PROBLEM_CONTENT_TYPE }).send(body);
  }
}
