import { type Context, context, propagation, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import {
  ATTR_CLIENT_ADDRESS,
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_NETWORK_PROTOCOL_VERSION,
  ATTR_SERVER_PORT,
  ATTR_URL_SCHEME,
  ATTR_USER_AGENT_ORIGINAL,
} from '@opentelemetry/semantic-conventions';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tracer, tracingActive } from '@telemed/observability/tracing/tracing';

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'CONNECT', 'TRACE']);

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/** An orchestrator's probes and a scraper's visits, every few seconds, would fill the traces with nothing: they are not traced. */
const UNTRACED = /^\/(health|metrics)(\/|\?|$)/;

/**
 * An HTTP server span per request, named `POST /v1/consultations` once Fastify has matched the
 * route, continuing the caller's `traceparent` if it sent one. The span is the active context of
 * everything the request runs (the request and response emitters are bound to it, so body parsing
 * keeps it too). Like the request log, it names the route pattern, never the URL: paths and queries
 * may carry a calendar token or a patient reference. Probes and metrics are left out. Installed only while tracing is on.
 */
export function installHttpTracing(app: NestFastifyApplication): void {
  if (!tracingActive()) return;
  const fastify = app.getHttpAdapter().getInstance();
  const spans = new WeakMap<IncomingMessage, Span>();
  const server = fastify.server;
  const listeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  for (const listener of listeners) {
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      if (UNTRACED.test(request.url ?? '')) return listener.call(server, request, response);
      const parent = propagation.extract(ROOT_CONTEXT, request.headers);
      const span = startServerSpan(request, parent);
      spans.set(request, span);
      response.once('close', () => endServerSpan(span, response));
      const active = trace.setSpan(parent, span);
      context.bind(active, request);
      context.bind(active, response);
      context.with(active, () => listener.call(server, request, response));
    });
  }
  fastify.addHook('onRequest', async (request) => {
    const route = request.routeOptions.url;
    const span = spans.get(request.raw);
    if (!span || route === undefined) return;
    span.updateName(`${methodOf(request.raw)} ${route}`);
    span.setAttribute(ATTR_HTTP_ROUTE, route);
  });
}

function methodOf(request: IncomingMessage): string {
  const method = request.method ?? 'GET';
  return KNOWN_METHODS.has(method) ? method : '_OTHER';
}

function startServerSpan(request: IncomingMessage, parent: Context): Span {
  const userAgent = request.headers['user-agent'];
  return tracer.startSpan(
    methodOf(request),
    {
      kind: SpanKind.SERVER,
      attributes: {
        [ATTR_HTTP_REQUEST_METHOD]: methodOf(request),
        [ATTR_URL_SCHEME]: 'http',
        [ATTR_NETWORK_PROTOCOL_VERSION]: request.httpVersion,
        ...(request.socket.localPort !== undefined && { [ATTR_SERVER_PORT]: request.socket.localPort }),
        ...(request.socket.remoteAddress && { [ATTR_CLIENT_ADDRESS]: request.socket.remoteAddress }),
        ...(userAgent && { [ATTR_USER_AGENT_ORIGINAL]: userAgent }),
      },
    },
    parent,
  );
}

function endServerSpan(span: Span, response: ServerResponse): void {
  const status = response.statusCode;
  span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, status);
  if (!response.writableFinished) {
    span.setAttribute(ATTR_ERROR_TYPE, 'aborted');
  } else if (status >= 500) {
    span.setAttribute(ATTR_ERROR_TYPE, String(status));
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}
