'use strict';
/**
 * Webhook delivery throughput and lag, end to end: a generated programme (`cli scenario`) replayed
 * to a receiver on this machine, then events recorded live while the receiver is caught up.
 *
 * usage: node test/bench/webhooks/webhook-delivery.js [scale] [months]   (after `npm run build`)
 * - throughput: an endpoint asking for every event type is registered and replayed from position 1;
 *   deliveries a second from the replay request until the receiver holds every deliverable event.
 * - lag: 200 partnerships established one after another through the API once caught up; for each,
 *   the time from its commit (`timestamp`, the store's clock) to its arrival at the receiver.
 * The receiver verifies every signature with the standardwebhooks package, as a hospital would.
 */
const { spawn, spawnSync } = require('node:child_process');
const { createServer } = require('node:http');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const { Webhook } = require('standardwebhooks');

const ROOT = resolve(__dirname, '../../..');
const SECRET = 'webhook-bench-secret-of-at-least-forty-characters';
const scale = process.argv[2] ?? '0.5';
const months = process.argv[3] ?? '24';
const LIVE_EVENTS = 200;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'telemed-webhook-bench-'));
  const env = { ...process.env, DATA_DIR: dataDir, AUTH_JWT_SECRET: SECRET, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0' };
  const generated = spawnSync(process.execPath, [join(ROOT, 'dist/apps/cli/src/main.js'), 'scenario', '--scale', scale, '--months', months], { env, encoding: 'utf8' });
  if (generated.status !== 0) throw new Error(`scenario failed: ${generated.stderr}`);
  const summary = JSON.parse(generated.stdout.slice(generated.stdout.indexOf('{'), generated.stdout.lastIndexOf('}') + 1));

  let secret;
  const arrivals = new Map();
  let received = 0;
  let verifyFailures = 0;
  const receiver = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        new Webhook(secret).verify(body, request.headers);
      } catch {
        verifyFailures++;
      }
      const payload = JSON.parse(body);
      received++;
      if (!arrivals.has(request.headers['webhook-id'])) arrivals.set(request.headers['webhook-id'], { at: Date.now(), payload });
      response.writeHead(204).end();
    });
  });
  await new Promise((done) => receiver.listen(0, '127.0.0.1', done));

  const api = spawn(process.execPath, [join(ROOT, 'dist/apps/api/src/main.js')], { env: { ...env, PORT: '0', LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((done) => {
    let output = '';
    api.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) done(match[1].replace(/["\\,].*$/, ''));
    });
  });
  const { mintToken } = require(join(ROOT, 'dist/libs/auth/index.js'));
  const token = await mintToken(SECRET, { sub: 'coordinator-bench', role: 'coordinator' });
  const call = async (path, body) => {
    const response = await fetch(`${url}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body && { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };

  const { port } = receiver.address();
  const endpoint = await call('/v1/webhooks', { url: `http://127.0.0.1:${port}/his`, eventTypes: ['*'] });
  secret = endpoint.secret;
  const { eventStore } = await call('/health');
  const started = Date.now();
  await call(`/v1/webhooks/${endpoint.id}/replay`, { fromPosition: '1' });
  // Caught up once the replay has moved the endpoint's checkpoint back and it has passed every event written before.
  const head = BigInt(eventStore.head);
  for (let replayApplied = false; ; ) {
    const listed = await call('/v1/webhooks');
    const position = BigInt(listed.items[0].delivery.position ?? '0');
    replayApplied ||= position < head || arrivals.size > 0;
    if (replayApplied && position >= head) break;
    await new Promise((done) => setTimeout(done, 20));
  }
  const replaySeconds = (Date.now() - started) / 1000;
  const replayed = arrivals.size;

  const hospitals = [];
  for (const name of ['Bench giving hospital', 'Bench receiving hospital']) {
    hospitals.push((await call('/v1/hospitals', { name, region: 'Shanghai', timezone: 'Asia/Shanghai' })).id);
  }
  const lagStarted = Date.now();
  for (let index = 0; index < LIVE_EVENTS; index++) {
    await call('/v1/partnerships', { givingHospitalId: hospitals[0], receivingHospitalId: hospitals[1], programme: 'other', validFrom: '2026-01-01' });
  }
  const live = () => [...arrivals.values()].filter(({ payload }) => payload.type === 'PartnershipEstablished' && Date.parse(payload.timestamp) >= lagStarted);
  while (live().length < LIVE_EVENTS) await new Promise((done) => setTimeout(done, 10));
  const lags = live()
    .map(({ at, payload }) => at - Date.parse(payload.timestamp))
    .sort((a, b) => a - b);

  api.kill('SIGTERM');
  await new Promise((done) => api.once('close', done));
  receiver.close();
  rmSync(dataDir, { recursive: true, force: true });
  console.log(
    JSON.stringify(
      {
        programme: { scale, months, events: summary.events },
        replay: { delivered: replayed, requests: received, seconds: Number(replaySeconds.toFixed(2)), perSecond: Math.round(replayed / replaySeconds) },
        liveLagMs: { events: lags.length, p50: percentile(lags, 50), p95: percentile(lags, 95), max: lags[lags.length - 1] },
        signaturesFailingVerification: verifyFailures,
      },
      null,
      2,
    ),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
