'use strict';
/**
 * Child process: requests to the embedded application (lib/api-server.js) on an empty log, or on a
 * copy of a data directory that already holds a long history (prepare-data-dir.js). The same
 * settings either way: `BENCH_HTTP_CONNECTIONS` connections, `BENCH_LOGSIZE_WARMUP_SECONDS` of
 * warm-up, then `BENCH_LOGSIZE_SECONDS` measured. Besides throughput and latency: the server's CPU
 * time per request and its resident memory, sampled every second of the measurement (from /proc),
 * the RSS at the end of the warm-up, and the highest RSS of each half of the measurement.
 *
 * - command: POST /v1/consultations with autocannon, every request naming a new patient.
 * - mix: the create → accept → schedule mix (lib/consultation-mix.js), one worker per connection.
 *
 * usage: node log-size-bench.js <command|mix> [prepared data dir]   (none: a fresh, empty data directory)
 */
const { cpSync, mkdtempSync, rmSync, statSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const autocannon = require('autocannon');
const { consultationRequest, freePort, seedNetwork, startServer, stopServer, waitUntilLive } = require('../lib/api-server');
const { consultationMix, seedMix } = require('../lib/consultation-mix');
const { report, runMain } = require('../lib/child');
const { built } = require('../lib/project-build');
const { processCpuMs } = require('../lib/process-cpu');
const { processRssMb } = require('../lib/process-memory');
const { settings } = require('../lib/settings');

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function health(base) {
  const response = await fetch(`${base}/health`);
  if (response.status !== 200) throw new Error(`GET /health answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** POST /v1/consultations with autocannon; `measure` answers its figures. */
async function commandLoad(base) {
  const { partnershipId, clinician } = await seedNetwork(base);
  let patient = 0;
  const options = (duration) => ({
    url: `${base}/v1/consultations`,
    method: 'POST',
    connections: settings.httpConnections,
    pipelining: 1,
    duration,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${clinician}` },
    requests: [{ setupRequest: (request) => ({ ...request, body: consultationRequest(partnershipId, `KS2-LOGSIZE-${++patient}`) }) }],
  });
  return {
    warmUp: (seconds) => run(options(seconds)),
    measure: async (seconds) => {
      const result = await run(options(seconds));
      return {
        requestsPerSecond: result['2xx'] / (result.duration ?? seconds),
        requests: result['2xx'] + result.non2xx,
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
        latencyP50Ms: result.latency.p50,
        latencyP99Ms: result.latency.p99,
        latencyMaxMs: result.latency.max,
      };
    },
  };
}

/** The create → accept → schedule mix, one worker per connection. */
async function mixLoad(base) {
  const mix = consultationMix(base, await seedMix(base));
  const drive = async (seconds, onAnswer) => {
    const until = performance.now() + seconds * 1000;
    await Promise.all(Array.from({ length: settings.httpConnections }, (_, index) => mix.worker(index, () => performance.now() < until, onAnswer)));
  };
  const percentile = (sorted, share) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
  return {
    warmUp: (seconds) => drive(seconds, () => undefined),
    measure: async (seconds) => {
      const latencies = [];
      let refused = 0;
      const began = performance.now();
      await drive(seconds, (ok, _answer, ms) => {
        latencies.push(ms);
        if (!ok) refused++;
      });
      latencies.sort((a, b) => a - b);
      return {
        requestsPerSecond: (latencies.length - refused) / ((performance.now() - began) / 1000),
        requests: latencies.length,
        non2xx: refused,
        errors: 0,
        latencyP50Ms: percentile(latencies, 0.5),
        latencyP99Ms: percentile(latencies, 0.99),
        latencyMaxMs: latencies[latencies.length - 1],
        bookingsPerExpert: mix.bookingsPerExpert(),
      };
    },
  };
}

/** Samples `sample()` every second until stopped; answers the samples taken. */
function everySecond(sample) {
  const samples = [];
  const timer = setInterval(() => {
    const value = sample();
    if (value !== undefined) samples.push(value);
  }, 1000);
  return () => {
    clearInterval(timer);
    return samples;
  };
}

async function main() {
  const [workload, prepared] = process.argv.slice(2);
  if (workload !== 'command' && workload !== 'mix') throw new Error(`usage: log-size-bench.js <command|mix> [prepared data dir], not ${workload}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'telemed-bench-logsize-'));
  // The prepared directory stays as it is: every run writes into a copy of its own.
  if (prepared) cpSync(prepared, dataDir, { recursive: true });
  const { EVENTS_FILE } = built('libs/runtime/index');
  const port = await freePort();
  const startedAt = performance.now();
  const server = startServer('command', port, dataDir);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitUntilLive(`${base}/health/live`, server, 600);
    const startSeconds = (performance.now() - startedAt) / 1000;
    const atStart = await health(base);
    const load = workload === 'mix' ? await mixLoad(base) : await commandLoad(base);
    await load.warmUp(settings.logSizeWarmupSeconds);
    const rssAfterWarmUpMb = processRssMb(server.pid);
    const cpuBefore = processCpuMs(server.pid);
    const stopSampling = everySecond(() => processRssMb(server.pid));
    const figures = await load.measure(settings.logSizeSeconds);
    const cpuAfter = processCpuMs(server.pid);
    const rss = stopSampling();
    rss.push(processRssMb(server.pid));
    const atEnd = await health(base);
    report({
      logEventsAtStart: Number(atStart.eventStore.head),
      readModelsBehindAtStart: Number(atStart.readModels.behind),
      startSeconds,
      eventsFileMb: statSync(join(dataDir, EVENTS_FILE)).size / 2 ** 20,
      connections: settings.httpConnections,
      warmUpSeconds: settings.logSizeWarmupSeconds,
      seconds: settings.logSizeSeconds,
      workload,
      ...figures,
      ...(cpuBefore !== undefined && cpuAfter !== undefined && figures.requests > 0 && { serverCpuMsPerRequest: (cpuAfter - cpuBefore) / figures.requests }),
      rssAfterWarmUpMb,
      rssMinMb: Math.min(...rss),
      rssMaxMb: Math.max(...rss),
      rssLastMb: rss[rss.length - 1],
      rssFirstHalfPeakMb: Math.max(...rss.slice(0, Math.floor(rss.length / 2))),
      rssSecondHalfPeakMb: Math.max(...rss.slice(Math.floor(rss.length / 2))),
      rssSamplesMb: rss.map((value) => Math.round(value)),
      readModelsBehindAtEnd: Number(atEnd.readModels.behind),
    });
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runMain(main);
