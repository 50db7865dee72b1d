'use strict';
/**
 * The bare route the command route is compared with: Fastify alone (the version the application
 * runs on), one POST route that parses the JSON body and answers 201 with an id and a position,
 * as the command route does, with nothing behind it. Listens on PORT and prints `ready` on stdout.
 */
const { randomUUID } = require('node:crypto');
const fastify = require('fastify');

const app = fastify({ logger: false });
let position = 0;
app.post('/v1/consultations', async (request, reply) => {
  if (typeof request.body !== 'object' || request.body === null) return reply.code(400).send({ title: 'bad request' });
  return reply.code(201).send({ id: randomUUID(), position: String(++position) });
});
app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }).then(() => console.log('ready'));
