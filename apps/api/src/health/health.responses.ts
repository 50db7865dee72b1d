import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { flag, mapOf, named, object, oneOf, position, text } from '../http/openapi/response-schema';
import { ApiProblem, PROBLEM, PROBLEM_STATUS_TEXT } from '../http/openapi/problem-responses';
import { PROBLEM_CONTENT_TYPE } from '@telemed/application/requests/problem-details';
import type { Schema } from '../http/openapi/response-schema';

export const HEALTH = named(
  'Health',
  object({
    status: oneOf(['ok']),
    eventStore: object({ head: position('the position of the last event in the log') }),
    readModels: object({ position: position('how far the read models have applied the log'), behind: position('how many positions they are behind') }),
  }),
);

export const LIVENESS = named('Liveness', object({ status: oneOf(['live']) }));

export const READINESS = named(
  'Readiness',
  object({
    status: oneOf(['ready', 'not-ready']),
    checks: mapOf(
      { type: 'object', required: ['ready'], properties: { ready: flag(), detail: text('why it is not ready, or a short fact when it is') }, additionalProperties: true },
      'each dependency by name (`eventStore`, `readModels`, `kafka`), with its facts',
    ),
  }),
);

/**
 * A probe: anyone may call it, and it is never rate-limited. Like every GET it takes `minPosition`
 * (400 when malformed, 503 `read-model-behind` when not reached); `notReady` is its own 503 answer.
 */
export function ApiProbe(summary: string, ok: Schema, notReady?: Schema) {
  return applyDecorators(
    ApiOperation({ summary }),
    ApiResponse({ status: 200, description: summary, content: { 'application/json': { schema: ok } } }),
    ApiProblem(400),
    ApiResponse({
      status: 503,
      description: notReady ? 'Not ready; the failing checks say why (JSON), or the read models have not reached `minPosition` (problem).' : PROBLEM_STATUS_TEXT[503],
      content: { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM }, ...(notReady && { 'application/json': { schema: notReady } }) },
    }),
  );
}
