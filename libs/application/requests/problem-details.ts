import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError, MessageParams } from '@telemed/domain/core';

export const PROBLEM_PARAMS = Symbol('problem params');

/** RFC 9457 problem document, the body of every error answer. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldError[];
  instance?: string;
  /** The values the detail names, to word it again in the caller's language; under a symbol, so never serialized. */
  [PROBLEM_PARAMS]?: MessageParams;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  507: 'Insufficient Storage',
};

/**
 * A problem document in English, the language of the code; `params` are the values `detail` names,
 * for the catalogues that word it in another language (see ./language).
 */
export function problem(status: number, code: string, detail: string, errors?: FieldError[], params: MessageParams = {}): ProblemDetails {
  return {
    type: `urn:telemed-backbone:problem:${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors && errors.length > 0 && { errors }),
    [PROBLEM_PARAMS]: params,
  };
}

/** An error the HTTP layer answers as it is; thrown by guards, pipes and interceptors. */
export class HttpProblem extends Error {
  constructor(
    readonly problem: ProblemDetails,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail);
    this.name = 'HttpProblem';
  }
}

/** Answers a problem document from a Fastify hook, where no Nest filter runs. */
export function sendProblem(reply: FastifyReply, request: FastifyRequest, details: ProblemDetails, headers: Record<string, string> = {}) {
  return reply
    .code(details.status)
    .headers({ ...headers, 'content-type': PROBLEM_CONTENT_TYPE })
    .send({ ...details, instance: request.url.split('?')[0] });
}
