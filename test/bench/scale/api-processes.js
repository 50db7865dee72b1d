'use strict';
/**
 * Child process: `POST /v1/consultations` against <processes> API processes sharing one PostgreSQL
 * database, the configuration the README gives for several api processes ("Running distributed"):
 * EVENT_STORE=postgres, READ_MODEL_STORE=postgres, EVENT_BUS=inprocess (each process runs the
 * projections; a batch is applied by whichever process claims the checkpoint row first, the others
 * find it applied), one PATIENT_DATA_MASTER_KEY, one AUTH_JWT_SECRET and one audit signing key
 * (AUDIT_SIGNING_KEY_FILE), each process with a data directory of its own. The first process
 * provisions the schemas; the others start once it is ready, all at once.
 *
 * The network is seeded once, over HTTP, at the first process; then one autocannon instance sends
 * the requests with its connections spread round-robin over the processes (autocannon gives
 * connection i to url i mod n): the same connections whatever the number of processes, a multiple
 * of every number measured, so each process gets an equal share. Warm-up and measured durations are
 * the HTTP benchmark's.
 *
 * usage: node api-processes.js <processes> <connections> <connection string>
 */
const { randomBytes } = require('node:crypto');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const autocannon = require('autocannon');
const { consultationRequest, freePort, seedNetwork, startServer, waitUntilLive } = require('../lib/api-server');
const { endWithThisProcess, stopProcesses } = require('../lib/app-processes');
const { report, runMain } = require('../lib/child');
const { backendCpuMs } = require('../lib/postgres-database');
const { cpuSpentBetween, processCpuMs } = require('../lib/process-cpu');
const { settings } = require('../lib/settings');

function run(options, onResponse) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (onResponse) instance.on('response', onResponse);
  });
}

/** CPU ms used so far by the API processes, by pid. */
const serversCpuMs = (servers) => new Map(servers.map((server) => [server.pid, processCpuMs(server.pid)]).filter(([, ms]) => ms !== undefined));

async function main() {
  const [processes, connections, connectionString] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]];
  const dataDirs = Array.from({ length: processes }, () => mkdtempSync(join(tmpdir(), 'telemed-bench-scale-api-')));
  const env = {
    EVENT_STORE: 'postgres',
    READ_MODEL_STORE: 'postgres',
    EVENT_BUS: 'inprocess',
    DATABASE_URL: connectionString,
    PATIENT_DATA_MASTER_KEY: randomBytes(32).toString('base64'),
    // Every process signs its seals with the one key, as replicas given the same secret do.
    AUDIT_SIGNING_KEY_FILE: join(dataDirs[0], 'audit', 'signing-key.pem'),
  };
  const servers = [];
  endWithThisProcess(servers);
  try {
    const ports = await Promise.all(dataDirs.map(() => freePort()));
    const bases = ports.map((port) => `http://127.0.0.1:${port}`);
    const start = (index) => {
      const server = startServer('command', ports[index], dataDirs[index], env);
      servers.push(server);
      return waitUntilLive(`${bases[index]}/health/ready`, server);
    };
    await start(0);
    await Promise.all(bases.slice(1).map((_base, index) => start(index + 1)));

    const { partnershipId, clinician } = await seedNetwork(bases[0]);
    let patient = 0;
    const options = (duration) => ({
      url: bases.map((base) => `${base}/v1/consultations`),
      method: 'POST',
      connections,
      pipelining: 1,
      duration,
      ...(settings.httpRate > 0 && { overallRate: settings.httpRate }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${clinician}` },
      requests: [{ setupRequest: (request) => ({ ...request, body: consultationRequest(partnershipId, `KS2-SCALE-${++patient}`) }) }],
    });
    await run(options(settings.httpWarmupSeconds));
    const answeredBy = new Map(ports.map((port) => [String(port), 0]));
    const [serversBefore, databaseBefore] = [serversCpuMs(servers), await backendCpuMs(connectionString)];
    const result = await run(options(settings.httpSeconds), (client) => {
      const port = String(client.opts.port);
      answeredBy.set(port, answeredBy.get(port) + 1);
    });
    const [serversAfter, databaseAfter] = [serversCpuMs(servers), await backendCpuMs(connectionString)];
    const total = result['2xx'] + result.non2xx;
    const perRequest = (before, after) => (after.size > 0 && total > 0 ? cpuSpentBetween(before, after) / total : undefined);
    report({
      processes,
      connections,
      seconds: settings.httpSeconds,
      requestsPerSecond: result['2xx'] / (result.duration ?? settings.httpSeconds),
      requests: total,
      requestsPerProcess: [...answeredBy.values()],
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      latencyMaxMs: result.latency.max,
      serverCpuMsPerRequest: perRequest(serversBefore, serversAfter),
      databaseCpuMsPerRequest: perRequest(databaseBefore, databaseAfter),
    });
  } finally {
    await stopProcesses(servers);
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  }
}

runMain(main);
