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
const { SECRET, freePort, post, seedNetwork, startServer, waitUntilLive } = require('../lib/api-server');
const { processCpuMs } = require('../lib/process-cpu');
const { report, runMain } = require('../lib/child');
const { built } = require('../lib/project-build');
const { settings } = require('../lib/settings');

const EXPERTS = 4;
const HOUR = 3_600_000;

async function seed(base) {
  const { mintToken } = built('libs/auth/index');
  const { coordinator, giving, receiving, givingDepartment, partnershipId } = await seedNetwork(base);
  const experts = [];
  for (let index = 0; index < EXPERTS; index++) {
    const expert = await post(base, coordinator, '/v1/experts', {
      name: `Dr. Bench ${index}`,
      hospitalId: giving.id,
      departmentId: givingDepartment.id,
      specialty: 'cardiology',
      title: 'chief-physician',
      licensedSince: '2005-07-01',
    });
    experts.push({ token: await mintToken(SECRET, { sub: expert.id, role: 'expert', hospitalId: giving.id }), nextHour: 0 });
  }
  const clinician = await mintToken(SECRET, { sub: 'clinician-bench', role: 'clinician', hospitalId: receiving.id });
  return { partnershipId, clinician, experts };
}

async function attempt(base, token, path, body) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  return { ok: response.status === 201, answer };
}

async function main() {
  const seconds = Number(process.env.BENCH_MIX_SECONDS ?? 60);
  const windowSeconds = Number(process.env.BENCH_MIX_WINDOW_SECONDS ?? 10);
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'telemed-bench-mix-'));
  const server = startServer('command', port, dataDir);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitUntilLive(`${base}/health/live`, server);
    const { partnershipId, clinician, experts } = await seed(base);
    const firstSlot = Date.now() + 24 * HOUR;
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
    let patient = 0;
    let cycles = 0;
    const worker = async (index) => {
      while (performance.now() - began < seconds * 1000) {
        const expert = experts[(index + cycles++) % experts.length];
        const requested = await attempt(base, clinician, '/v1/consultations', {
          partnershipId,
          specialty: 'cardiology',
          urgency: 'routine',
          purpose: 'second opinion on management of suspected dilated cardiomyopathy',
          caseSummary: 'Male, 58, dyspnoea on exertion for 3 months; echo LVEF 32%, LVEDD 68 mm.',
          patient: { reference: `KS2-MIX-${++patient}`, sex: 'male' },
          consent: { medical: true, dataSharing: true },
        });
        count(requested.ok, requested.answer);
        if (!requested.ok) continue;
        const accepted = await attempt(base, expert.token, `/v1/consultations/${requested.answer.id}/accept`, {});
        count(accepted.ok, accepted.answer);
        if (!accepted.ok) continue;
        const start = firstSlot + expert.nextHour++ * HOUR;
        const scheduled = await attempt(base, expert.token, `/v1/consultations/${requested.answer.id}/schedule`, {
          start: new Date(start).toISOString(),
          end: new Date(start + HOUR).toISOString(),
        });
        count(scheduled.ok, scheduled.answer);
      }
    };
    await Promise.all(Array.from({ length: settings.httpConnections }, (_, index) => worker(index)));
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
      bookingsPerExpert: Math.max(...experts.map((expert) => expert.nextHour)),
      refusals,
    });
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runMain(main);
