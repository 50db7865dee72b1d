import helmet from 'helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyServerOptions } from 'fastify';
import { type IncomingHttpHeaders, type ServerOptions, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { PROBLEM_CONTENT_TYPE, problem, sendProblem } from '@telemed/application/requests/problem-details';
import { nestedDeeperThan } from './body-depth';
import { consoleConnectOrigins, type SecurityConfig } from '@telemed/runtime';
import { isMaterialUpload } from '@telemed/application/case-materials/material-upload';

/** Deeper than any request the API defines (a slot in a list in a body is 3), shallow enough for every recursive walk. */
export const MAX_BODY_DEPTH = 32;

/**
 * The console and the API allow scripts, styles, images, fonts and connections from their own origin
 * only, and no site may frame them; the console is built so that it needs nothing inline. Images and
 * frames may also show `blob:` URLs: the console previews a case's images and PDFs from the bytes it
 * downloaded (with the token in a header, never in a link); a blob URL is made by the page itself and
 * names nothing another origin could supply. Plugins (`object-src`) stay off.
 */
const STRICT_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  frameSrc: ['blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Swagger UI at /docs styles itself inline; only there are inline styles allowed. */
const DOCUMENTATION_DIRECTIVES = { ...STRICT_DIRECTIVES, styleSrc: ["'self'", "'unsafe-inline'"] };

const DOCUMENTATION_PATH = /^\/docs([/?-]|$)/;

const CORS_ALLOWED_HEADERS = ['authorization', 'content-type', 'idempotency-key', 'x-request-id', 'x-correlation-id'];
const CORS_EXPOSED_HEADERS = ['retry-after', 'x-request-id', 'idempotent-replay'];

/** Node's own limit for receiving a request's headers. */
const NODE_HEADERS_TIMEOUT_MS = 60_000;
/** The longest a request may run past its timeout before it is answered 408. */
const MAX_TIMEOUT_OVERRUN_MS = 1000;

/**
 * Node looks for requests past their timeout only once per `connectionsCheckingInterval` (30 s by
 * default), so a slow body would be answered up to that much late: check a tenth of the timeout or
 * every second, whichever is more often. A slow body is measured against the headers timeout too,
 * which Node sets at the server's creation (60 s) and must not exceed the request timeout.
 */
export function connectionsCheckingIntervalFor(requestTimeoutMs: number): number {
  return requestTimeoutMs === 0 ? 30_000 : Math.max(10, Math.min(MAX_TIMEOUT_OVERRUN_MS, Math.ceil(requestTimeoutMs / 10)));
}

/** Fastify's server options for the limits of one connection. */
export function serverHardening(security: SecurityConfig): Partial<FastifyServerOptions> & { http: ServerOptions } {
  const { requestTimeoutMs } = security.timeouts;
  return {
    connectionTimeout: security.timeouts.connectionTimeoutMs,
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: security.timeouts.keepAliveTimeoutMs,
    // Given to Node's server at its creation: the checking interval cannot be changed afterwards.
    http: {
      requestTimeout: requestTimeoutMs,
      headersTimeout: requestTimeoutMs === 0 ? NODE_HEADERS_TIMEOUT_MS : Math.min(NODE_HEADERS_TIMEOUT_MS, requestTimeoutMs),
      connectionsCheckingInterval: connectionsCheckingIntervalFor(requestTimeoutMs),
    },
    clientErrorHandler: answerClientError,
  };
}

/** A request Node could not even parse (headers too large, too slow) still gets a problem document. */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const code = status === 408 ? 'request-timeout' : status === 431 ? 'headers-too-large' : 'malformed-request';
  const body = JSON.stringify(problem(status, code, status === 400 ? 'the request is not valid HTTP' : STATUS_CODES[status]!.toLowerCase()));
  if (!socket.writable) {
    socket.destroy(error);
    return;
  }
  socket.end(
    // Written before any header could be read, so in English, the language of a request that names none.
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Language: en\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function carriesBody(headers: IncomingHttpHeaders): boolean {
  return headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0;
}

function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/** Security headers, CORS, JSON-only bodies and the nesting limit; call before the routes are registered (before `init`). */
export async function applyHttpHardening(app: NestFastifyApplication, security: SecurityConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  // Built once: the Fastify plugin would rebuild helmet's middleware (and parse the policy) per request.
  const strictHeaders = helmet({ contentSecurityPolicy: { useDefaults: false, directives: { ...STRICT_DIRECTIVES, connectSrc: [...STRICT_DIRECTIVES.connectSrc, ...consoleConnectOrigins(security)] } }, frameguard: { action: 'deny' } });
  const documentationHeaders = helmet({ contentSecurityPolicy: { useDefaults: false, directives: DOCUMENTATION_DIRECTIVES }, frameguard: { action: 'deny' } });
  fastify.addHook('onRequest', (request, reply, done) => {
    const securityHeaders = DOCUMENTATION_PATH.test(request.url) ? documentationHeaders : strictHeaders;
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
  if (security.corsOrigins.length > 0) {
    const allowed = new Set(security.corsOrigins);
    app.enableCors({
      // An origin not listed gets no CORS headers at all, so the browser keeps the answer from it.
      origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
      methods: ['GET', 'HEAD', 'POST'],
      allowedHeaders: CORS_ALLOWED_HEADERS,
      exposedHeaders: CORS_EXPOSED_HEADERS,
      maxAge: 600,
    });
  }
  // The API speaks JSON only (and multipart for case material uploads): Nest would also parse form-encoded and plain-text bodies, for no client's benefit.
  fastify.addHook('onRequest', async (request, reply) => {
    const mediaType = mediaTypeOf(request.headers['content-type']);
    if (!carriesBody(request.headers) || mediaType === 'application/json' || isMaterialUpload(request.method, request.url, mediaType)) return;
    return sendProblem(reply, request, problem(415, 'unsupported-media-type', 'request bodies must be JSON (Content-Type: application/json)'));
  });
  fastify.addHook('preValidation', async (request, reply) => {
    if (!nestedDeeperThan(request.body, MAX_BODY_DEPTH)) return;
    return sendProblem(reply, request, problem(400, 'body-too-deep', `the body nests objects or arrays deeper than ${MAX_BODY_DEPTH} levels`, undefined, { depth: MAX_BODY_DEPTH }));
  });
}
