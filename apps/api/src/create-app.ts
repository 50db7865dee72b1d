import { NestFactory } from '@nestjs/core';
import type { UpcasterRegistry } from '@telemed/event-store/upcasting';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { DestinationStream } from 'pino';
import { createJsonLogger, JsonNestLogger } from '@telemed/observability';
import type { AppConfig } from '@telemed/runtime';
import { AppModule } from './app.module';
import type { Clock, IdGenerator } from '@telemed/application/infrastructure/tokens';
import { createValidationPipe } from './http/validation.pipe';
import { applyHttpHardening, serverHardening } from './http/hardening/http-hardening';
import { installHttpObservability } from './observability/http-observability';
import { installHttpTracing } from './observability/http-tracing';
import { installIdempotency } from './http/idempotency';
import { buildApiDocument } from './http/openapi/api-document';
import { installStreamTicketAuthentication } from './notifications/stream-ticket-authentication';
import { installProblemLanguage } from './http/language/problem-language.hook';
import { defaultConsoleDir } from './console/console-files';
import { serveConsole } from './console/serve-console';
import { installMaterialUploads } from '@telemed/application/case-materials/material-upload';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface CreateAppOptions {
  clock?: Clock;
  ids?: IdGenerator;
  /** The upcasters stored events are read through; this release's, by default. */
  upcasters?: UpcasterRegistry;
  /** false silences every log line, the request log included. */
  logger?: boolean;
  /** Where the JSON log lines go; standard output when absent. */
  logDestination?: DestinationStream;
  /** The built console served at `/`; `dist/console` of the project when absent. */
  consoleDir?: string;
  /** Told of every answer the API sends, with the route that answered it (the contract tests check each against /docs-json). */
  observeResponse?: (response: ObservedResponse) => void;
}

export interface ObservedResponse {
  method: string;
  /** The route's pattern, `/v1/consultations/:id`; absent when no route matched. */
  route?: string;
  status: number;
  contentType?: string;
  body: unknown;
}

/** Builds the HTTP application: Fastify, validation, problem documents and OpenAPI at /docs, JSON logs, metrics. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}) {
  const jsonLogger = createJsonLogger({
    level: options.logger === false ? 'silent' : config.observability.logLevel,
    service: 'api',
    destination: options.logDestination,
  });
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    ...serverHardening(config.security),
    trustProxy: false,
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const header = request.headers['x-request-id'];
      return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forConfig(config, options.clock, options.ids, options.upcasters), adapter, {
    logger: options.logger === false ? false : new JsonNestLogger(jsonLogger),
    // A failed start-up is thrown to the caller, which exits with the status it calls for.
    abortOnError: false,
  });
  installHttpObservability(app, jsonLogger);
  installHttpTracing(app);
  await applyHttpHardening(app, config.security);
  await installMaterialUploads(app, config.materials);
  installIdempotency(app);
  installStreamTicketAuthentication(app);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  installProblemLanguage(fastify);
  const observe = options.observeResponse;
  if (observe) {
    fastify.addHook('onSend', async (request, reply, payload) => {
      observe({
        method: request.method,
        route: request.routeOptions.url,
        status: reply.statusCode,
        contentType: reply.getHeader('content-type')?.toString(),
        body: payload,
      });
      return payload;
    });
  }

  SwaggerModule.setup('docs', app, buildApiDocument(app), { jsonDocumentUrl: 'docs-json' });
  await serveConsole(app, options.consoleDir ?? defaultConsoleDir());
  await app.init();
  await fastify.ready();
  return app;
}
