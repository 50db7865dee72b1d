import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { problem, sendProblem } from '../http/problem-details';

/**
 * The console's own routes (the first segment of each route of apps/console/src/app.tsx): these answer
 * its page, where its router takes over. Any other unknown path stays a 404 problem, as the API's are.
 */
const CONSOLE_PATHS = /^\/($|\?|(consultations|inbox|calendar|registry|dashboard|audit)(\/|$|\?))/;

/**
 * Serves the built console at `/`: its hashed files under `/assets/` are cached for a year and never
 * revalidated; every GET of one of the console's routes answers its index (never cached, so a
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
    if (!CONSOLE_PATHS.test(request.url)) {
      return sendProblem(reply, request, problem(404, 'route-not-found', `Cannot ${request.method} ${request.url.split('?')[0]}`));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', consoleDir, { cacheControl: false });
  };
  fastify.get('/', answerIndex);
  fastify.get('/*', answerIndex);
  return true;
}
