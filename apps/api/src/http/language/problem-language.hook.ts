import type { FastifyInstance } from 'fastify';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from '@telemed/application/requests/problem-details';
import { negotiateLanguage } from './accept-language';
import { localizeProblem } from './localize-problem';

const isProblem = (contentType: unknown, payload: unknown): payload is ProblemDetails =>
  typeof contentType === 'string' &&
  contentType.startsWith(PROBLEM_CONTENT_TYPE) &&
  payload !== null &&
  typeof payload === 'object' &&
  typeof (payload as { code?: unknown }).code === 'string';

/** Adds a name to the Vary header without repeating it. */
function varyOn(existing: unknown, name: string): string {
  const names = String(existing ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  return names.some((entry) => entry.toLowerCase() === name.toLowerCase() || entry === '*') ? names.join(', ') : [...names, name].join(', ');
}

/**
 * Every problem document, wherever it was raised (a filter, a guard, a Fastify hook), is worded in
 * the caller's language just before it is serialized, and says which language that is.
 */
export function installProblemLanguage(fastify: FastifyInstance): void {
  fastify.addHook('preSerialization', async (request, reply, payload) => {
    if (!isProblem(reply.getHeader('content-type'), payload)) return payload;
    const { body, language } = localizeProblem(payload, negotiateLanguage(request.headers['accept-language']));
    void reply.header('content-language', language).header('vary', varyOn(reply.getHeader('vary'), 'Accept-Language'));
    return body;
  });
}
