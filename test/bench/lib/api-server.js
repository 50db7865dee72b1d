'use strict';
/**
 * The application as the HTTP benchmarks run it: compiled into bench-results/build, embedded
 * (SQLite event log and read models in a fresh data directory, projections in-process), rate
 * limits off, LOG_LEVEL=warn, in a process of its own; or the bare Fastify route, or the same
 * request served by Emmett on Express (test/peers/emmett/express).
 */
const { spawn } = require('node:child_process');
const { createServer } = require('node:net');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { built } = require('./project-build');
const { settings } = require('./settings');

const SECRET = 'bench-secret-of-more-than-thirty-two-characters';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Waits until `url` answers (below 500), for `seconds` at most: a server on a large log opens for longer. */
async function waitUntilLive(url, server, seconds = 30) {
  for (let attempt = 0; attempt < seconds * 10; attempt++) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

async function post(base, token, path, body) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer;
}

/** The servers the HTTP benchmarks drive, by target: the application, the bare route, Emmett's peer. */
function serverScript(target) {
  if (target === 'bare') return join(__dirname, '..', 'http', 'bare-server.js');
  if (target === 'emmett') return join(settings.root, 'test', 'peers', 'emmett', 'express', 'server.mjs');
  return join(settings.buildDir, 'apps/api/src/main.js');
}

/** Node's options in `npm start` (its heap's bound): the server is measured as it is run. */
function startScriptNodeArgs() {
  const { scripts } = JSON.parse(readFileSync(join(settings.root, 'package.json'), 'utf8'));
  return scripts.start.split(' ').filter((word) => word.startsWith('--'));
}

/** `env`: more configuration of the server (the traced run's OTEL_* variables). */
function startServer(target, port, dataDir, env = {}) {
  const script = serverScript(target);
  const serverEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    AUTH_JWT_SECRET: SECRET,
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    ...env,
  };
  // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=profiles", to look inside the server.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const ownArgs = target === 'emmett' ? [] : startScriptNodeArgs();
  return spawn(process.execPath, [...ownArgs, ...nodeArgs, script], { env: serverEnv, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Ends a server started here and waits until it has exited. */
async function stopServer(server) {
  if (server.exitCode === null) server.kill('SIGTERM');
  await new Promise((resolve) => (server.exitCode !== null || server.signalCode !== null ? resolve() : server.once('exit', resolve)));
}

/** The network a consultation request needs, registered over HTTP as a coordinator would. */
async function seedNetwork(base) {
  const { mintToken } = built('libs/auth/index');
  const coordinator = await mintToken(SECRET, { sub: 'coordinator-bench', role: 'coordinator' });
  const giving = await post(base, coordinator, '/v1/hospitals', { name: 'Shanghai Renji Hospital', region: 'Shanghai', timezone: 'Asia/Shanghai' });
  const receiving = await post(base, coordinator, '/v1/hospitals', { name: "Kashgar No. 2 People's Hospital", region: 'Xinjiang', timezone: 'Asia/Shanghai' });
  const givingDepartment = await post(base, coordinator, `/v1/hospitals/${giving.id}/departments`, { name: 'Department of Cardiology', specialty: 'cardiology' });
  const receivingDepartment = await post(base, coordinator, `/v1/hospitals/${receiving.id}/departments`, { name: 'Cardiology', specialty: 'cardiology' });
  const partnership = await post(base, coordinator, '/v1/partnerships', {
    givingHospitalId: giving.id,
    receivingHospitalId: receiving.id,
    programme: 'group-aid',
    validFrom: '2020-01-01',
    validUntil: '2099-12-31',
  });
  await post(base, coordinator, `/v1/partnerships/${partnership.id}/pairings`, { givingDepartmentId: givingDepartment.id, receivingDepartmentId: receivingDepartment.id });
  // A request needs an agreement in force that covers it.
  await post(base, coordinator, `/v1/partnerships/${partnership.id}/agreements`, {
    services: ['consultation'],
    validFrom: '2020-01-01',
    validUntil: '2099-12-31',
    responseTargets: { urgent: { acceptMinutes: 30, answerMinutes: 1440 }, routine: { acceptMinutes: 480, answerMinutes: 4320 } },
    ...(settings.httpWorkingTime && { workingTimeOnly: true }),
    signatories: [
      { hospitalId: giving.id, name: 'Wang Jun', signedAt: '2019-12-20T02:00:00Z' },
      { hospitalId: receiving.id, name: 'Aysha Tursun', signedAt: '2019-12-22T03:00:00Z' },
    ],
  });
  const clinician = await mintToken(SECRET, { sub: 'clinician-bench', role: 'clinician', hospitalId: receiving.id });
  return { coordinator, giving, receiving, givingDepartment, partnershipId: partnership.id, clinician };
}

/** The body of the HTTP benchmarks' `POST /v1/consultations`: the same request each time, for the patient `reference`. */
function consultationRequest(partnershipId, reference) {
  return JSON.stringify({
    partnershipId,
    specialty: 'cardiology',
    urgency: 'routine',
    purpose: 'second opinion on management of suspected dilated cardiomyopathy',
    caseSummary: 'Male, 58, dyspnoea on exertion for 3 months; echo LVEF 32%, LVEDD 68 mm.',
    requestedTitle: 'attending-physician',
    patient: { reference, sex: 'male', birthDate: '1968-03-02' },
    consent: { medical: true, dataSharing: true },
  });
}

module.exports = { SECRET, consultationRequest, freePort, waitUntilLive, post, seedNetwork, startServer, stopServer };
