'use strict';
/**
 * Child process: HTTP throughput and latency of POST /v1/consultations with autocannon, against
 * the real application, the bare Fastify route or Emmett's peer. The server runs in a process of its own
 * (on this 2-core machine: one core for the server, one for autocannon); both targets get the same
 * autocannon settings, the same warm-up and the same bodies (each request names a new patient).
 *
 * usage: node http-bench.js <command|traced|bare|emmett>
 * - command: the application compiled into bench-results/build, embedded (SQLite event log and read
 *   models in a fresh data directory, projections in-process, audit seals on), rate limits off
 *   (RATE_LIMIT_PER_MINUTE=0, RATE_LIMIT_ANONYMOUS_PER_MINUTE=0), LOG_LEVEL=warn. A coordinator
 *   registers two hospitals, their departments, a partnership and a pairing over HTTP first; a
 *   clinician of the receiving hospital sends the requests.
 * - traced: the same with tracing on (OTEL_TRACES_EXPORTER=otlp, every request sampled), the spans
 *   sent over OTLP/HTTP (protobuf) to a sink in this process that answers 200 and counts what it got.
 * - bare: bare-server.js, Fastify with one route that parses the body and answers 201.
 * - emmett: test/peers/emmett/express/server.mjs, the same request through Emmett's web API on Express
 *   and its SQLite event store (DATA_DIR holds its file); it checks no token, so the network is not seeded.
 */
const { mkdtempSync, rmSync } = require('node:fs');
const { createServer } = require('node:http');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const autocannon = require('autocannon');
const { consultationRequest, freePort, seedNetwork, startServer, waitUntilLive } = require('../lib/api-server');
const { processCpuMs } = require('../lib/process-cpu');
const { report, runMain } = require('../lib/child');
const { settings } = require('../lib/settings');

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** An OTLP/HTTP endpoint that accepts every export and counts the requests and bytes. */
function startTraceSink() {
  const received = { exports: 0, bytes: 0 };
  const sink = createServer((request, response) => {
    request.on('data', (chunk) => (received.bytes += chunk.length));
    request.on('end', () => {
      received.exports++;
      response.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  return new Promise((resolve) => sink.listen(0, '127.0.0.1', () => resolve({ sink, received, url: `http://127.0.0.1:${sink.address().port}` })));
}

async function main() {
  const [target] = process.argv.slice(2);
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'telemed-bench-http-'));
  const traces = target === 'traced' ? await startTraceSink() : undefined;
  const tracingEnv = traces ? { OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: traces.url, OTEL_SERVICE_NAME: 'telemed-bench' } : {};
  const server = startServer(target === 'traced' ? 'command' : target, port, dataDir, tracingEnv);
  const base = `http://127.0.0.1:${port}`;
  try {
    const application = target === 'command' || target === 'traced';
    await waitUntilLive(application ? `${base}/health/live` : base, server);
    const { partnershipId, clinician } = application
      ? await seedNetwork(base)
      : { partnershipId: '3212f41c-7ea2-4ba9-bd96-327aa93b7488', clinician: 'not-checked' };
    let patient = 0;
    const options = (duration) => ({
      url: `${base}/v1/consultations`,
      method: 'POST',
      connections: settings.httpConnections,
      pipelining: 1,
      duration,
      ...(settings.httpRate > 0 && { overallRate: settings.httpRate }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${clinician}` },
      requests: [{ setupRequest: (request) => ({ ...request, body: consultationRequest(partnershipId, `KS2-BENCH-${++patient}`) }) }],
    });
    await run(options(settings.httpWarmupSeconds));
    const cpuBefore = processCpuMs(server.pid);
    const result = await run(options(settings.httpSeconds));
    const cpuAfter = processCpuMs(server.pid);
    const total = result['2xx'] + result.non2xx;
    report({
      server: target,
      connections: settings.httpConnections,
      seconds: settings.httpSeconds,
      requestsPerSecond: result['2xx'] / (result.duration ?? settings.httpSeconds),
      requests: total,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      latencyMaxMs: result.latency.max,
      ...(cpuBefore !== undefined && cpuAfter !== undefined && total > 0 && { serverCpuMsPerRequest: (cpuAfter - cpuBefore) / total }),
      ...(traces && { traceExports: traces.received.exports, traceKilobytes: Math.round(traces.received.bytes / 1024) }),
    });
  } finally {
    traces?.sink.close();
    server.kill('SIGTERM');
    await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runMain(main);
