import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The first segment of each of the console's routes (apps/console/src/app.tsx): these answer its page,
 * where its router takes over. Any other unknown path stays the API's 404 problem.
 */
const CONSOLE_ROUTES = ['consultations', 'case-reviews', 'training', 'inbox', 'calendar', 'registry', 'dashboard', 'reports', 'audit', 'webhooks', 'sign-in'];

/**
 * Serves the built console at `/`: its hashed files under `/assets/` are cached for a year and never
 * revalidated; every GET of one of the console's routes answers its index (never cached, so a
 * new release is picked up), where the console's own router takes over. No route of the API
 * begins with one of those segments but the calendar feeds, `/calendar/:token.ics`, which the
 * router prefers to the console's `/calendar/*` for a path ending in `.ics`.
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
  const answerIndex = (_request: FastifyRequest, reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html', consoleDir, { cacheControl: false });
  fastify.get('/', answerIndex);
  for (const route of CONSOLE_ROUTES) {
    fastify.get(`/${route}`, answerIndex);
    fastify.get(`/${route}/*`, answerIndex);
  }
  return true;
}
