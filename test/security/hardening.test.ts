import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { ConfigError, loadConfig } from '@telemed/runtime';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

const PORTAL = 'https://portal.example.org';
const HOSPITAL = { name: 'Ngari Prefecture People\'s Hospital', region: 'Tibet', timezone: 'Asia/Shanghai' };

function expectSecurityHeaders(response: Response) {
  const csp = response.headers['content-security-policy'] ?? '';
  expect(csp.split(';').map((directive: string) => directive.trim())).toEqual(
    expect.arrayContaining(["default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]),
  );
  expect(response.headers).toMatchObject({
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'strict-transport-security': expect.stringMatching(/max-age=\d+/),
    'cross-origin-opener-policy': 'same-origin',
  });
  expect(response.headers['x-powered-by']).toBeUndefined();
}

describe('the HTTP surface is hardened', () => {
  let t: TestApp;
  let coordinator: string;

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        CORS_ORIGINS: `${PORTAL},https://ops.example.org`,
        BODY_LIMIT_BYTES: '4096',
        SERVER_CONNECTION_TIMEOUT_MS: '90000',
        SERVER_REQUEST_TIMEOUT_MS: '20000',
        SERVER_KEEP_ALIVE_TIMEOUT_MS: '5000',
        RATE_LIMIT_PER_MINUTE: '0',
        RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
      },
    });
    coordinator = await t.token('coordinator', 'coordinator-hardening');
  });

  afterAll(() => t.close());

  const asCoordinator = (path: string) => t.http.get(path).set('Authorization', `Bearer ${coordinator}`);

  it('sends the security headers on answers, refusals and unknown routes alike', async () => {
    expectSecurityHeaders(await asCoordinator('/v1/hospitals'));
    expectSecurityHeaders(await t.http.get('/v1/hospitals'));
    expectSecurityHeaders(await asCoordinator('/v1/no-such-route'));
  });

  it('serves the Swagger UI under a policy that lets it run: every script it loads is its own, none inline', async () => {
    const page = await t.http.get('/docs/');
    expect(page.status).toBe(200);
    expectSecurityHeaders(page);
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter(([, , inline]) => inline.trim() !== '')).toEqual([]);
    const sources = scripts.map(([, attributes]) => /src=['"]([^'"]+)['"]/.exec(attributes)?.[1] ?? '');
    expect(sources.filter((source) => source === '' || /^(https?:)?\/\//.test(source))).toEqual([]);
    for (const source of sources) {
      const script = await t.http.get(new URL(source, 'http://backbone.local/docs/').pathname);
      expect({ source, status: script.status }).toEqual({ source, status: 200 });
    }
  });

  it('lets a configured origin call the API from a browser', async () => {
    const answer = await asCoordinator('/v1/hospitals').set('Origin', PORTAL);
    expect(answer.headers['access-control-allow-origin']).toBe(PORTAL);
    expect(answer.headers.vary).toMatch(/origin/i);
    const preflight = await t.http
      .options('/v1/consultations')
      .set('Origin', PORTAL)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization, content-type, idempotency-key');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(PORTAL);
    expect(preflight.headers['access-control-allow-methods']).toMatch(/POST/);
    expect(preflight.headers['access-control-allow-headers']).toMatch(/idempotency-key/);
  });

  it('gives an origin not configured no CORS headers, so the browser withholds the answer', async () => {
    const answer = await asCoordinator('/v1/hospitals').set('Origin', 'https://evil.example');
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.http
      .options('/v1/consultations')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.status).toBeGreaterThanOrEqual(400);
  });

  it('refuses a body over BODY_LIMIT_BYTES with 413 and writes nothing', async () => {
    const oversized = { ...HOSPITAL, nameZh: '医'.repeat(2000) };
    const refused = await withoutWriting(t, () => t.http.post('/v1/hospitals').set('Authorization', `Bearer ${coordinator}`).send(oversized));
    expectProblem(refused, 413, 'body-too-large');
    const underLimit = await t.http.post('/v1/hospitals').set('Authorization', `Bearer ${coordinator}`).send({ ...HOSPITAL, nameZh: '医'.repeat(1000) });
    expectProblem(underLimit, 400, undefined, ['nameZh']);
  });

  it('refuses a body nested deeper than any request needs with 400, not a crash', async () => {
    const post = (body: string) =>
      withoutWriting(t, () => t.http.post('/v1/hospitals').set('Authorization', `Bearer ${coordinator}`).set('content-type', 'application/json').send(body));
    const nestedObjects = `{"name":${'{"a":'.repeat(40)}1${'}'.repeat(40)},"region":"Tibet","timezone":"Asia/Shanghai"}`;
    expectProblem(await post(nestedObjects), 400, 'body-too-deep');
    expectProblem(await post(`{"name":${'['.repeat(1900)}${']'.repeat(1900)}}`), 400, 'body-too-deep');
  });

  it('refuses a body that is not a JSON object, even where every field is optional', async () => {
    for (const body of ['null', '[]', '42', '"text"']) {
      const refused = await t.http
        .post('/v1/audit/rebuild')
        .set('Authorization', `Bearer ${coordinator}`)
        .set('content-type', 'application/json')
        .send(body);
      expectProblem(refused, 400, 'invalid-request', ['body']);
    }
  });

  it('applies the configured server timeouts', () => {
    const server = t.app.getHttpServer() as Server;
    expect({ connection: server.timeout, request: server.requestTimeout, keepAlive: server.keepAliveTimeout }).toEqual({
      connection: 90_000,
      request: 20_000,
      keepAlive: 5_000,
    });
  });
});

describe('requests are rate limited per user and per address', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '5', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3' } });
  });

  afterAll(() => t.close());

  function expectThrottled(response: Response) {
    expectProblem(response, 429, 'too-many-requests');
    const retryAfter = Number(response.headers['retry-after']);
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
  }

  it('answers a user\'s sixth request in a minute with 429 and Retry-After, across routes, and leaves other users alone', async () => {
    const busy = await t.token('coordinator', 'coordinator-busy');
    const paths = ['/v1/hospitals', '/v1/training-sessions', '/v1/hospitals', '/v1/consultations', '/v1/stats/overview'];
    for (const path of paths) expect((await t.http.get(path).set('Authorization', `Bearer ${busy}`)).status).toBe(200);
    expectThrottled(await t.http.get('/v1/hospitals').set('Authorization', `Bearer ${busy}`));
    const throttledWrite = await withoutWriting(t, () => t.http.post('/v1/hospitals').set('Authorization', `Bearer ${busy}`).send(HOSPITAL));
    expectThrottled(throttledWrite);
    const calm = await t.token('coordinator', 'coordinator-calm');
    expect((await t.http.get('/v1/hospitals').set('Authorization', `Bearer ${calm}`)).status).toBe(200);
  });

  it('counts requests without a valid token by address, forged tokens included', async () => {
    for (let attempt = 0; attempt < 3; attempt++) expectProblem(await t.http.get('/v1/hospitals'), 401);
    expectThrottled(await t.http.get('/v1/hospitals'));
    expectThrottled(await t.http.get('/v1/hospitals').set('Authorization', 'Bearer forged.token.value'));
  });

  it('never limits the health probes', async () => {
    for (let probe = 0; probe < 12; probe++) expect((await t.http.get('/health')).status).toBe(200);
  });

  it('sends no CORS headers when no origin is configured', async () => {
    const answer = await t.http.get('/health').set('Origin', PORTAL);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('hardening configuration', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'telemed-hardening-config-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  function problemsOf(env: NodeJS.ProcessEnv): string[] {
    try {
      loadConfig({ DATA_DIR: dataDir, ...env });
      return [];
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
  }

  it('allows no browser origin and limits every caller unless told otherwise', () => {
    const { security } = loadConfig({ DATA_DIR: dataDir });
    expect(security.corsOrigins).toEqual([]);
    expect(security.rateLimit).toEqual({ perMinute: 600, anonymousPerMinute: 60 });
    expect(security.timeouts).toEqual({ connectionTimeoutMs: 120_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 72_000 });
  });

  it('refuses origins that are not plain origins, and limits that are not counts', () => {
    expect(problemsOf({ CORS_ORIGINS: 'https://portal.example.org/app,*' })).toEqual([
      expect.stringMatching(/CORS_ORIGINS.*portal\.example\.org\/app/),
      expect.stringMatching(/CORS_ORIGINS.*"\*"/),
    ]);
    expect(problemsOf({ RATE_LIMIT_PER_MINUTE: 'lots', SERVER_KEEP_ALIVE_TIMEOUT_MS: '0' })).toEqual([
      expect.stringMatching(/RATE_LIMIT_PER_MINUTE/),
      expect.stringMatching(/SERVER_KEEP_ALIVE_TIMEOUT_MS/),
    ]);
  });
});
