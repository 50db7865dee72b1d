import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { freePort, IdentityProvider, issuerOn, type ProviderAccount } from '../support/identity-provider/identity-provider';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

const AUDIENCE = 'urn:telemed:api';
const CLIENT_ID = 'telemed-console';
const KASHGAR = { name: "Kashgar No. 2 People's Hospital", nameZh: '喀什地区第二人民医院', region: 'Xinjiang', timezone: 'Asia/Shanghai' };

/**
 * The API against a real OpenID provider: it accepts the access tokens the provider issues after a
 * sign-in through its pages (authorization code with PKCE), reads the person's role and hospital
 * from their claims, and refuses a token altered after signing or signed by anyone else.
 */
describe('signing in with an OpenID provider', () => {
  let provider: IdentityProvider;
  let t: TestApp;
  const accounts: Record<string, ProviderAccount> = {
    'coordinator-wang': { role: 'coordinator', name: 'Wang Fang', password: 'coordinator-password' },
    'auditor-zhou': { role: 'auditor', name: 'Zhou Min', password: 'auditor-password' },
  };

  beforeAll(async () => {
    const port = await freePort();
    // No configured secret: were it not for the provider, this would be the development mode.
    t = await startTestApp({
      developmentMode: true,
      env: {
        AUTH_JWKS_URL: `${issuerOn(port)}/jwks`,
        AUTH_ISSUER: issuerOn(port),
        AUTH_AUDIENCE: AUDIENCE,
        OIDC_ISSUER: issuerOn(port),
        OIDC_CLIENT_ID: CLIENT_ID,
      },
    });
    provider = await IdentityProvider.start({ port, clientId: CLIENT_ID, audience: AUDIENCE, redirectUris: [`${await t.app.getUrl()}/sign-in/callback`], accounts });
  });

  afterAll(async () => {
    await t?.close();
    await provider?.stop();
  });

  it('tells the console how to sign in with the provider, and has no development sign-in at all', async () => {
    expect((await t.http.get('/v1/session/config')).body).toEqual({ mode: 'oidc', issuer: provider.issuer, clientId: CLIENT_ID, scopes: 'openid profile', audience: AUDIENCE });
    expectProblem(await t.http.post('/v1/session/dev-token').send({ role: 'coordinator', sub: 'coordinator-wang' }), 404, 'route-not-found');
    expect((await t.http.get('/docs-json')).body.paths['/v1/session/dev-token']).toBeUndefined();
  });

  it("accepts the access token issued for each person, with the role and hospital of the provider's claims", async () => {
    const coordinator = await provider.signIn('coordinator-wang', 'coordinator-password');
    expect(decodeProtectedHeader(coordinator.access_token)).toMatchObject({ alg: 'RS256', typ: 'at+jwt' });
    expect(decodeJwt(coordinator.access_token)).toMatchObject({ iss: provider.issuer, aud: AUDIENCE, sub: 'coordinator-wang', role: 'coordinator' });
    const hospital = await t.http.post('/v1/hospitals').set('Authorization', `Bearer ${coordinator.access_token}`).send(KASHGAR);
    expect(hospital.status).toBe(201);

    provider.setAccounts({ ...accounts, 'dr-aziz': { role: 'clinician', hospitalId: hospital.body.id, name: 'Aziz', password: 'clinician-password' } });
    const clinician = await provider.signIn('dr-aziz', 'clinician-password');
    const me = await t.http.get(`/v1/me?minPosition=${hospital.body.position}`).set('Authorization', `Bearer ${clinician.access_token}`);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ userId: 'dr-aziz', role: 'clinician', hospital: { id: hospital.body.id, nameZh: KASHGAR.nameZh } });
    // A clinician may not register hospitals: the role is the provider's, not the caller's say.
    expectProblem(await t.http.post('/v1/hospitals').set('Authorization', `Bearer ${clinician.access_token}`).send(KASHGAR), 403, 'role-not-allowed');

    const auditor = await provider.signIn('auditor-zhou', 'auditor-password');
    expect((await t.http.get('/v1/me').set('Authorization', `Bearer ${auditor.access_token}`)).body).toMatchObject({ role: 'auditor' });
  });

  it('signs in nobody with a wrong password', async () => {
    await expect(provider.signIn('coordinator-wang', 'guess')).rejects.toThrow(/401/);
  });

  it('refuses a token whose claims were changed after the provider signed it', async () => {
    const { access_token } = await provider.signIn('auditor-zhou', 'auditor-password');
    const [header, payload, signature] = access_token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const promoted = Buffer.from(JSON.stringify({ ...claims, role: 'coordinator' })).toString('base64url');
    const refused = await t.http.post('/v1/hospitals').set('Authorization', `Bearer ${header}.${promoted}.${signature}`).send(KASHGAR);
    expectProblem(refused, 401, 'unauthenticated');
    expect(refused.body.detail).toMatch(/signature/);
  });

  it('refuses a token signed by another key, even one naming the provider, its key id and every claim', async () => {
    const { access_token } = await provider.signIn('coordinator-wang', 'coordinator-password');
    const { kid } = decodeProtectedHeader(access_token);
    const claims = decodeJwt(access_token);
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid }).sign(privateKey);
    const refused = await t.http.get('/v1/me').set('Authorization', `Bearer ${forged}`);
    expectProblem(refused, 401, 'unauthenticated');
    expect(refused.body.detail).toMatch(/signature/);
    // Another key id altogether: not one the provider publishes.
    const stranger = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: (await exportJWK(privateKey)).n!.slice(0, 8) }).sign(privateKey);
    expectProblem(await t.http.get('/v1/me').set('Authorization', `Bearer ${stranger}`), 401, 'unauthenticated');
  });

  it('refuses a token of another provider, and the development tokens of the data directory\'s secret', async () => {
    const port = await freePort();
    const other = await IdentityProvider.start({ port, clientId: CLIENT_ID, audience: AUDIENCE, redirectUris: ['http://127.0.0.1:1/sign-in/callback'], accounts });
    try {
      const { access_token } = await other.signIn('coordinator-wang', 'coordinator-password');
      expectProblem(await t.http.get('/v1/me').set('Authorization', `Bearer ${access_token}`), 401, 'unauthenticated');
    } finally {
      await other.stop();
    }
    expectProblem(await t.http.get('/v1/me').set('Authorization', `Bearer ${await t.token('coordinator', 'coordinator-wang')}`), 401, 'unauthenticated');
  });

  it('opens the notification stream with a ticket asked for with the provider\'s token', async () => {
    const { access_token } = await provider.signIn('auditor-zhou', 'auditor-password');
    const { ticket } = (await t.http.post('/v1/notifications/tickets').set('Authorization', `Bearer ${access_token}`)).body;
    const controller = new AbortController();
    const stream = await fetch(`${await t.app.getUrl()}/v1/notifications/stream?ticket=${ticket}`, { signal: controller.signal });
    expect(stream.status).toBe(200);
    controller.abort();
  });
});
