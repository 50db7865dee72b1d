import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from './config/app-config';
import { AppModule } from './app.module';
import type { Clock, IdGenerator } from './infrastructure/tokens';
import { createValidationPipe } from './http/validation.pipe';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Builds the HTTP application: Fastify, validation, problem documents and OpenAPI at /docs. */
export async function createApp(config: AppConfig, options: { clock?: Clock; ids?: IdGenerator; logger?: boolean } = {}) {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: false,
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const header = request.headers['x-request-id'];
      return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forConfig(config, options.clock, options.ids), adapter, {
    logger: options.logger === false ? false : ['log', 'warn', 'error'],
  });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('telemed-backbone')
      .setDescription('Event-sourced backbone for cross-regional medical aid: remote consultations, case discussions and training sessions.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  await app.init();
  await fastify.ready();
  return app;
}
