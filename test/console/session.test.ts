import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

const PROVIDER = {
  AUTH_JWKS_URL: 'http://127.0.0.1:9/.well-known/jwks.json',
  AUTH_ISSUER: 'https://id.example.org/realms/telemed',
  AUTH_AUDIENCE: 'telemed-api',
};

const KASHGAR = { name: 'Kashgar No. 2 People\'s Hospital', nameZh: '喀什地区第二人民医院', region: 'Xinjiang', timezone: 'Asia/Shanghai' };

describe('signing in to the console in the embedded development mode', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ developmentMode: true });
  });

  afterAll(() => t.close());

  it('tells the console, without a token, that it signs in by development sign-in', async () => {
    const response = await t.http.get('/v1/session/config');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ mode: 'development' });
  });

  it('mints a token for the chosen role that the API then accepts, and /v1/me names the caller and their hospital', async () => {
    const coordinator = await t.http.post('/v1/session/dev-token').send({ role: 'coordinator', sub: 'coordinator-1' });
    expect(coordinator.status).toBe(200);
    const registered = await t.http.post('/v1/hospitals').set('Authorization', `Bearer ${coordinator.body.token}`).send(KASHGAR);
    expect(registered.status).toBe(201);

    const clinician = await t.http.post('/v1/session/dev-token').send({ role: 'clinician', sub: 'dr-li', hospitalId: registered.body.id });
    expect(clinician.status).toBe(200);
    expect(Date.parse(clinician.body.expiresAt)).toBeGreaterThan(Date.now());
    const me = await t.http.get(`/v1/me?minPosition=${registered.body.position}`).set('Authorization', `Bearer ${clinician.body.token}`);
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      userId: 'dr-li',
      role: 'clinician',
      displayName: 'dr-li',
      hospital: { id: registered.body.id, name: KASHGAR.name, nameZh: KASHGAR.nameZh, timezone: 'Asia/Shanghai' },
      expert: null,
    });
  });

  it('refuses a clinician without a registered hospital and an expert who is not registered, naming the field', async () => {
    expectProblem(await t.http.post('/v1/session/dev-token').send({ role: 'clinician', sub: 'dr-li' }), 400, undefined, ['hospitalId']);
    expectProblem(await t.http.post('/v1/session/dev-token').send({ role: 'expert', sub: 'nobody' }), 400, undefined, ['sub']);
    expectProblem(await t.http.post('/v1/session/dev-token').send({ role: 'administrator', sub: 'root' }), 400, undefined, ['role']);
  });

  it('answers /v1/me only with a token', async () => {
    expectProblem(await t.http.get('/v1/me'), 401, 'unauthenticated');
  });
});

describe('development sign-in does not exist outside the development mode', () => {
  it('is absent (404) whenever an identity provider\'s keys are configured, and the console is told to use the provider', async () => {
    const t = await startTestApp({ developmentMode: true, env: { ...PROVIDER, OIDC_ISSUER: PROVIDER.AUTH_ISSUER, OIDC_CLIENT_ID: 'telemed-console' } });
    try {
      expectProblem(await t.http.post('/v1/session/dev-token').send({ role: 'coordinator', sub: 'coordinator-1' }), 404);
      expect((await t.http.get('/v1/session/config')).body).toEqual({
        mode: 'oidc',
        issuer: PROVIDER.AUTH_ISSUER,
        clientId: 'telemed-console',
        scopes: 'openid profile',
        audience: PROVIDER.AUTH_AUDIENCE,
      });
      const documented = (await t.http.get('/docs-json')).body.paths;
      expect(documented['/v1/session/dev-token']).toBeUndefined();
    } finally {
      await t.close();
    }
  });

  it("is absent with an identity provider's keys alone (no provider for the console): tokens are then pasted", async () => {
    const t = await startTestApp({ developmentMode: true, env: PROVIDER });
    try {
      expectProblem(await t.http.post('/v1/session/dev-token').send({ role: 'coordinator', sub: 'coordinator-1' }), 404);
      expect((await t.http.get('/v1/session/config')).body).toEqual({ mode: 'token' });
    } finally {
      await t.close();
    }
  });

  it('is absent with a configured shared secret too: the console then takes a pasted token', async () => {
    const t = await startTestApp();
    try {
      expectProblem(await t.http.post('/v1/session/dev-token').send({ role: 'coordinator', sub: 'coordinator-1' }), 404);
      expect((await t.http.get('/v1/session/config')).body).toEqual({ mode: 'token' });
    } finally {
      await t.close();
    }
  });
});
