'use strict';
/**
 * Child process: the create → accept → schedule mix over HTTP, as calendars grow. The application
 * runs as in the HTTP benchmark (lib/api-server.js). `BENCH_HTTP_CONNECTIONS` workers each loop:
 * a clinician requests a consultation, one of a few experts accepts it, the expert schedules it
 * into the next free hour of their calendar. Requests answered per window of `BENCH_MIX_WINDOW_SECONDS`
 * over `BENCH_MIX_SECONDS`: a calendar that costs more as it grows shows as a falling rate. Beside
 * the rate, the server's own CPU time per answered request in each window (from /proc): on a
 * machine that other work shares, the rate moves with their load, the CPU per request much less.
 *
 * usage: node http-mix.js
 */
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { freePort, startServer, waitUntilLive } = require('../lib/api-server');
const { report, runMain } = require('../lib/child');
const { processCpuMs } = require('../lib/process-cpu');
const { consultationMix, seedMix } = require('../lib/consultation-mix');
const { settings } = require('../lib/settings');

async function main() {
  const seconds = Number(process.env.BENCH_MIX_SECONDS ?? 60);
  const windowSeconds = Number(process.env.BENCH_MIX_WINDOW_SECONDS ?? 10);
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'telemed-bench-mix-'));
  const server = startServer('command', port, dataDir);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitUntilLive(`${base}/health/live`, server);
    const mix = consultationMix(base, await seedMix(base));
    const windows = Array.from({ length: Math.ceil(seconds / windowSeconds) }, () => ({ answered: 0, refused: 0 }));
    const began = performance.now();
    const windowOf = () => Math.floor((performance.now() - began) / 1000 / windowSeconds);
    const cpuAtWindowStart = [processCpuMs(server.pid)];
    const sampler = setInterval(() => cpuAtWindowStart.push(processCpuMs(server.pid)), windowSeconds * 1000);
    const refusals = {};
    const count = (ok, answer) => {
      const window = windows[windowOf()];
      if (window) window[ok ? 'answered' : 'refused']++;
      if (!ok) refusals[answer?.code ?? 'unknown'] = (refusals[answer?.code ?? 'unknown'] ?? 0) + 1;
    };
    const keepGoing = () => performance.now() - began < seconds * 1000;
    await Promise.all(Array.from({ length: settings.httpConnections }, (_, index) => mix.worker(index, keepGoing, count)));
    clearInterval(sampler);
    cpuAtWindowStart.push(processCpuMs(server.pid));
    const cpuPerRequest = (index) => {
      const [from, to] = [cpuAtWindowStart[index], cpuAtWindowStart[index + 1]];
      return from === undefined || to === undefined || windows[index].answered === 0 ? undefined : (to - from) / windows[index].answered;
    };
    report({
      connections: settings.httpConnections,
      windowSeconds,
      windows: windows.map((window, index) => ({
        from: index * windowSeconds,
        requestsPerSecond: window.answered / windowSeconds,
        serverCpuMsPerRequest: cpuPerRequest(index),
        refused: window.refused,
      })),
      bookingsPerExpert: mix.bookingsPerExpert(),
      refusals,
    });
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runMain(main);
