import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { problem, sendProblem } from '../http/problem-details';

/** Paths that belong to the API: an unknown one is a 404 problem there, never the console's page. */
const API_PATHS = /^\/(v1|docs|docs-json|docs-yaml|health|metrics|assets)(\/|$|\?)/;

/**
 * Serves the built console at `/`: its hashed files under `/assets/` are cached for a year and never
 * revalidated; every other GET that is not the API's answers the console's index (never cached, so a
 * new release is picked up), where the console's own router takes over. Routes the API declares
 * are more specific than the catch-all, so they keep priority.
 */
export async function serveConsole(app: NestFastifyApplication, consoleDir: string): Promise<boolean> {
  if (!existsSync(join(consoleDir, 'index.html'))) return false;
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root: join(consoleDir, 'assets'),
    prefix: '/assets/',
    wildcard: false,
    immutable: true,
    maxAge: '365d',
    index: false,
  });
  const answerIndex = (request: FastifyRequest, reply: FastifyReply) => {
    if (API_PATHS.test(request.url)) {
      return sendProblem(reply, request, problem(404, 'route-not-found', `Cannot ${request.method} ${request.url.split('?')[0]}`));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', consoleDir, { cacheControl: false });
  };
  fastify.get('/', answerIndex);
  fastify.get('/*', answerIndex);
  return true;
}
