'use strict';
/**
 * Soak: bounded mixed load against a backbone started on a fresh data directory, for a set time.
 *
 * usage: npm run soak [-- --minutes 10 --connections 8 --report-seconds 15]
 *
 * Each connection runs consultations through their whole life (request → accept → schedule → start →
 * sign the opinion), reading the consultation, a worklist or the counts between steps. Every
 * `--report-seconds` it prints the requests a second, p50 and p99 of that window and the backbone's
 * resident memory; at the end a summary, and the history is verified.
 */
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const { parseArgs } = require('node:util');

const ROOT = resolve(__dirname, '..', '..');
const MAIN = join(ROOT, 'dist/apps/api/src/main.js');
const { mintToken } = require(join(ROOT, 'dist/libs/auth/token-verifier.js'));

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    connections: { type: 'string', default: '8' },
    'report-seconds': { type: 'string', default: '15' },
    experts: { type: 'string', default: '16' },
  },
});
const minutes = Number(values.minutes);
const connections = Number(values.connections);
const reportSeconds = Number(values['report-seconds']);
const expertCount = Number(values.experts);
for (const [name, value] of Object.entries({ minutes, connections, 'report-seconds': reportSeconds, experts: expertCount })) {
  if (!(value > 0)) throw new Error(`--${name} must be a positive number`);
}

const HOUR = 3_600_000;
const secret = randomBytes(32).toString('base64url');

function startBackbone(dataDir, port) {
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', AUTH_JWT_SECRET: secret, RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk) => {
    output += chunk.toString('utf8');
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return { child, output: () => output };
}

/** LOG_LEVEL=warn hides the line that says where it listens: listen on a port chosen here instead. */
async function freePort() {
  const net = require('node:net');
  return new Promise((resolvePort) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function residentMegabytes(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

function percentile(sorted, p) {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'telemed-soak-'));
  const port = await freePort();
  const backbone = startBackbone(dataDir, port);
  const url = `http://127.0.0.1:${port}`;
  await waitForLive(url, backbone);

  const samples = []; // { at, ms, ok }
  const failures = new Map();
  const call = async (method, path, token, body) => {
    const began = performance.now();
    let status = 0;
    let answer;
    try {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body && { 'content-type': 'application/json' }) },
        body: body && JSON.stringify(body),
      });
      status = response.status;
      answer = await response.json();
    } catch (error) {
      answer = { code: String(error) };
    }
    const ms = performance.now() - began;
    const ok = status >= 200 && status < 300;
    samples.push({ at: Date.now(), ms, ok });
    if (!ok) {
      const key = `${method} ${path.replace(/[0-9a-f-]{36}/g, ':id').split('?')[0]} ${status} ${answer?.code ?? ''}`;
      failures.set(key, (failures.get(key) ?? 0) + 1);
    }
    return ok ? answer : undefined;
  };

  const network = await seed(call);
  // A load whose first journey cannot even start measures nothing: stop at once with the reason.
  if (!(await call('POST', '/v1/consultations', network.clinician, network.request(-1)))) {
    throw new Error(`a consultation request is refused after seeding: ${JSON.stringify(Object.fromEntries(failures))}`);
  }
  console.log(`soak: ${minutes} min, ${connections} connections, ${expertCount} experts; backbone pid ${backbone.child.pid}, data in ${dataDir}`);
  console.log('  time   requests/s  journeys/s   p50 ms   p99 ms   RSS MB  failures');

  const began = Date.now();
  const endAt = began + minutes * 60_000;
  let journeys = 0;
  let nextSlot = 0;
  const rss = [];
  const worker = async () => {
    while (Date.now() < endAt) {
      const expert = network.experts[nextSlot % network.experts.length];
      const slotStart = network.firstSlot + Math.floor(nextSlot++ / network.experts.length) * HOUR;
      const created = await call('POST', '/v1/consultations', network.clinician, network.request(journeys));
      if (!created) continue;
      const id = created.id;
      await call('GET', `/v1/consultations/${id}?minPosition=${created.position}`, network.clinician);
      if (!(await call('POST', `/v1/consultations/${id}/accept`, expert.token, {}))) continue;
      const slot = { start: new Date(slotStart).toISOString(), end: new Date(slotStart + HOUR).toISOString() };
      const scheduled = await call('POST', `/v1/consultations/${id}/schedule`, expert.token, slot);
      if (!scheduled) continue;
      await call('GET', `/v1/consultations?status=scheduled&limit=20&minPosition=${scheduled.position}`, expert.token);
      if (!(await call('POST', `/v1/consultations/${id}/start`, expert.token, {}))) continue;
      const signed = await call('POST', `/v1/consultations/${id}/opinion`, expert.token, { opinion: 'Continue guideline-directed therapy; review in three months.' });
      if (signed) journeys++;
      if (journeys % 10 === 0) await call('GET', '/v1/stats/overview', network.coordinator);
    }
  };

  let windowStart = began;
  let journeysBefore = 0;
  const report = () => {
    const now = Date.now();
    const window = samples.filter((sample) => sample.at >= windowStart && sample.at < now);
    const sorted = window.map((sample) => sample.ms).sort((a, b) => a - b);
    const memory = residentMegabytes(backbone.child.pid);
    rss.push(memory);
    const failed = window.filter((sample) => !sample.ok).length;
    const seconds = (now - windowStart) / 1000;
    console.log(
      `${String(Math.round((now - began) / 1000)).padStart(5)} s ${(window.length / seconds).toFixed(0).padStart(11)} ${((journeys - journeysBefore) / seconds).toFixed(1).padStart(11)} ` +
        `${percentile(sorted, 50).toFixed(1).padStart(8)} ${percentile(sorted, 99).toFixed(1).padStart(8)} ${memory.toFixed(0).padStart(8)} ${String(failed).padStart(9)}`,
    );
    windowStart = now;
    journeysBefore = journeys;
  };
  const timer = setInterval(report, reportSeconds * 1000);
  await Promise.all(Array.from({ length: connections }, worker));
  clearInterval(timer);
  if (Date.now() - windowStart >= 1000) report(); // the last part of a window, unless it is too short to say anything

  const all = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  const seconds = (Date.now() - began) / 1000;
  const verify = await call('POST', '/v1/audit/verify', network.auditor, {});
  console.log('\nsummary');
  console.log(`  requests: ${samples.length} in ${seconds.toFixed(0)} s, ${(samples.length / seconds).toFixed(0)}/s; consultations signed: ${journeys} (${(journeys / seconds).toFixed(1)}/s)`);
  console.log(`  latency: p50 ${percentile(all, 50).toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms, max ${all[all.length - 1]?.toFixed(1)} ms`);
  console.log(`  resident memory: first ${rss[0]?.toFixed(0)} MB, last ${rss[rss.length - 1]?.toFixed(0)} MB, highest ${Math.max(...rss).toFixed(0)} MB`);
  console.log(`  failures: ${failures.size === 0 ? 'none' : JSON.stringify(Object.fromEntries(failures))}`);
  console.log(`  history verified: ${verify?.ok === true ? `ok, ${verify.eventsChecked} events` : JSON.stringify(verify)}`);

  backbone.child.kill('SIGTERM');
  await new Promise((resolveExit) => backbone.child.once('exit', resolveExit));
  rmSync(dataDir, { recursive: true, force: true });
  if (failures.size > 0 || verify?.ok !== true) process.exitCode = 1;
}

async function waitForLive(url, backbone) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (backbone.child.exitCode !== null) throw new Error(`the backbone exited:\n${backbone.output()}`);
    try {
      if ((await fetch(`${url}/health/live`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new Error(`the backbone did not come up within a minute:\n${backbone.output()}`);
}

/** A Shanghai hospital aiding Kashgar in cardiology, with experts enough that bookings never clash. */
async function seed(call) {
  const coordinator = await mintToken(secret, { sub: 'coordinator-soak', role: 'coordinator' });
  const auditor = await mintToken(secret, { sub: 'auditor-soak', role: 'auditor' });
  const must = async (path, body) => {
    const answer = await call('POST', path, coordinator, body);
    if (!answer) throw new Error(`seeding failed at POST ${path}`);
    return answer;
  };
  const giving = await must('/v1/hospitals', { name: 'Shanghai Renji Hospital', region: 'Shanghai', timezone: 'Asia/Shanghai' });
  const receiving = await must('/v1/hospitals', { name: "Kashgar No. 2 People's Hospital", region: 'Xinjiang', timezone: 'Asia/Shanghai' });
  const givingDepartment = await must(`/v1/hospitals/${giving.id}/departments`, { name: 'Cardiology', specialty: 'cardiology' });
  const receivingDepartment = await must(`/v1/hospitals/${receiving.id}/departments`, { name: 'Cardiology', specialty: 'cardiology' });
  const partnership = await must('/v1/partnerships', {
    givingHospitalId: giving.id,
    receivingHospitalId: receiving.id,
    programme: 'group-aid',
    validFrom: '2025-01-01',
    validUntil: '2035-12-31',
  });
  await must(`/v1/partnerships/${partnership.id}/pairings`, { givingDepartmentId: givingDepartment.id, receivingDepartmentId: receivingDepartment.id });
  // A request needs an agreement in force that covers it.
  await must(`/v1/partnerships/${partnership.id}/agreements`, {
    services: ['consultation'],
    validFrom: '2025-01-01',
    validUntil: '2035-12-31',
    responseTargets: { urgent: { acceptMinutes: 30, answerMinutes: 1440 }, routine: { acceptMinutes: 480, answerMinutes: 4320 } },
    signatories: [
      { hospitalId: giving.id, name: 'Wang Jun', signedAt: '2024-12-20T02:00:00Z' },
      { hospitalId: receiving.id, name: 'Aysha Tursun', signedAt: '2024-12-22T03:00:00Z' },
    ],
  });
  const experts = [];
  for (let index = 0; index < expertCount; index++) {
    const expert = await must('/v1/experts', {
      name: `Dr. Soak ${index + 1}`,
      hospitalId: giving.id,
      departmentId: givingDepartment.id,
      specialty: 'cardiology',
      title: 'chief-physician',
      licensedSince: '2010-09-01',
    });
    experts.push({ id: expert.id, token: await mintToken(secret, { sub: expert.id, role: 'expert', hospitalId: giving.id }) });
  }
  const clinician = await mintToken(secret, { sub: 'clinician-soak', role: 'clinician', hospitalId: receiving.id });
  // Slots from the next whole hour a week ahead, one hour each, back to back per expert.
  const firstSlot = Math.ceil((Date.now() + 7 * 24 * HOUR) / HOUR) * HOUR;
  const request = (n) => ({
    partnershipId: partnership.id,
    specialty: 'cardiology',
    urgency: 'routine',
    purpose: 'second opinion on management of suspected dilated cardiomyopathy',
    caseSummary: 'Male, 58, dyspnoea on exertion for 3 months; echo LVEF 32%, LVEDD 68 mm.',
    requestedTitle: 'attending-physician',
    patient: { reference: `KS2-SOAK-${String(n).padStart(7, '0')}-${randomBytes(3).toString('hex')}`, sex: 'male', birthDate: '1968-03-02' },
    consent: { medical: true, dataSharing: true },
  });
  return { coordinator, auditor, clinician, experts, firstSlot, request };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
