import { exportJWK, generateKeyPair, type JWK, type KeyLike, SignJWT } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidToken, JwksTokenVerifier, KeySetUnavailable, mintToken, SecretTokenVerifier } from '@telemed/auth';
import { ConfigError, loadConfig } from '@telemed/runtime';
import { expectProblem, withoutWriting } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

const ISSUER = 'https://id.example.org/realms/telemed';
const AUDIENCE = 'telemed-backbone';
const HOSPITAL = '7d1c3f4e-2b9a-4c1e-9f3a-5b6c7d8e9f00';

interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: KeyLike;
  jwk: JWK;
}

async function signingKey(kid: string, alg: 'RS256' | 'ES256'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { kid, alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/** The identity provider's key endpoint: serves whichever public keys are published now, and counts fetches. */
class JwksServer {
  published: SigningKey[] = [];
  fetches = 0;
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      this.fetches++;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: this.published.map((key) => key.jwk) }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/.well-known/jwks.json`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

const now = () => Math.floor(Date.now() / 1000);

interface TokenOptions {
  claims?: Record<string, unknown>;
  issuer?: string;
  audience?: string;
  expiresAt?: number | null;
  notBefore?: number;
  kid?: string;
}

function sign(key: SigningKey, options: TokenOptions = {}): Promise<string> {
  const jwt = new SignJWT({ role: 'coordinator', ...options.claims })
    .setProtectedHeader({ alg: key.alg, kid: options.kid ?? key.kid, typ: 'JWT' })
    .setSubject('coordinator-oidc')
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt();
  if (options.expiresAt !== null) jwt.setExpirationTime(options.expiresAt ?? now() + 600);
  if (options.notBefore !== undefined) jwt.setNotBefore(options.notBefore);
  return jwt.sign(key.privateKey);
}

function unsigned(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

describe('production tokens are verified against the identity provider\'s keys', () => {
  const jwks = new JwksServer();
  let jwksUrl: string;
  let t: TestApp;
  let rsa: SigningKey;
  let ec: SigningKey;

  beforeAll(async () => {
    [rsa, ec] = await Promise.all([signingKey('rsa-2026-01', 'RS256'), signingKey('ec-2026-01', 'ES256')]);
    jwks.published = [rsa, ec];
    jwksUrl = await jwks.start();
    t = await startTestApp({
      env: {
        AUTH_JWKS_URL: jwksUrl,
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
        AUTH_CLOCK_SKEW_SECONDS: '30',
        AUTH_JWKS_COOLDOWN_SECONDS: '0',
        RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
      },
    });
  });

  afterAll(async () => {
    await t?.close();
    await jwks.stop();
  });

  const hospitals = (token: string) => t.http.get('/v1/hospitals').set('Authorization', `Bearer ${token}`);

  async function expectRefused(token: string, detail: RegExp) {
    const response = await withoutWriting(t, () => t.http.post('/v1/hospitals').set('Authorization', `Bearer ${token}`).send({
      name: 'Refused Hospital', region: 'Tibet', timezone: 'Asia/Shanghai',
    }));
    expectProblem(response, 401, 'unauthenticated');
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.body.detail).toMatch(detail);
  }

  it('accepts an RS256 token signed by a published key', async () => {
    expect((await hospitals(await sign(rsa))).status).toBe(200);
  });

  it('accepts an ES256 token signed by a published key', async () => {
    expect((await hospitals(await sign(ec))).status).toBe(200);
  });

  it('lets a coordinator with a provider token write, with the token\'s subject as the actor', async () => {
    const response = await t.http.post('/v1/hospitals').set('Authorization', `Bearer ${await sign(ec)}`).send({
      name: 'Shigatse People\'s Hospital', region: 'Tibet', timezone: 'Asia/Shanghai',
    });
    expect(response.status).toBe(201);
  });

  it('picks up a key rotated in later by refetching the key set for the unknown kid', async () => {
    const rotated = await signingKey('rsa-2026-07', 'RS256');
    const token = await sign(rotated);
    await expectRefused(token, /unknown kid/);
    jwks.published = [rotated, ec];
    const fetchesBefore = jwks.fetches;
    expect((await hospitals(token)).status).toBe(200);
    expect(jwks.fetches).toBeGreaterThan(fetchesBefore);
    // The retired key is gone from the set: its tokens no longer verify.
    await expectRefused(await sign(rsa), /unknown kid/);
    jwks.published = [rsa, ec, rotated];
  });

  it('tolerates clocks that disagree by less than the configured skew', async () => {
    expect((await hospitals(await sign(rsa, { expiresAt: now() - 10 }))).status).toBe(200);
    expect((await hospitals(await sign(rsa, { notBefore: now() + 10 }))).status).toBe(200);
  });

  const rejections: Array<[string, () => Promise<string>, RegExp]> = [
    ['an expired token', () => sign(rsa, { expiresAt: now() - 120 }), /expired/],
    ['a token not valid yet (nbf)', () => sign(rsa, { notBefore: now() + 300 }), /not valid yet/],
    ['a token without an expiry', () => sign(rsa, { expiresAt: null }), /"exp"/],
    ['a token from another issuer', () => sign(rsa, { issuer: 'https://id.attacker.example/realms/telemed' }), /issuer/],
    ['a token for another audience', () => sign(ec, { audience: 'another-service' }), /audience/],
    ['a token naming a kid the provider does not publish', () => sign(rsa, { kid: 'rsa-unknown' }), /unknown kid/],
    [
      'a token signed by a key that is not the one its kid names',
      async () => sign({ ...(await signingKey('forged', 'RS256')), kid: 'rsa-2026-01' }),
      /signature/,
    ],
    ['an unsigned token (alg: none)', async () => unsigned({ sub: 'coordinator-oidc', role: 'coordinator', iss: ISSUER, aud: AUDIENCE, exp: now() + 600 }), /alg: none/],
    ['a development HS256 token', () => mintToken('x'.repeat(40), { sub: 'coordinator-dev', role: 'coordinator' }), /algorithm/],
    ['a token that is not a JWT', async () => 'definitely-not-a-token', /not a signed JSON Web Token/],
    ['a token with no known role', () => sign(rsa, { claims: { role: 'superuser' } }), /no known role/],
    ['a clinician token without a hospital', () => sign(rsa, { claims: { role: 'clinician' } }), /hospitalId/],
  ];

  it.each(rejections)('refuses %s with 401 and says why', async (_kind, makeToken, detail) => {
    await expectRefused(await makeToken(), detail);
  });

  it('accepts a clinician token that names its hospital', async () => {
    expect((await hospitals(await sign(rsa, { claims: { role: 'clinician', hospitalId: HOSPITAL } }))).status).toBe(200);
  });

  it('answers 503, not 401, while the identity provider cannot be reached', async () => {
    const verifier = new JwksTokenVerifier({
      jwksUrl: 'http://127.0.0.1:9/.well-known/jwks.json',
      issuer: ISSUER,
      audience: [AUDIENCE],
      clockSkewSeconds: 30,
      jwksCooldownSeconds: 0,
    });
    await expect(verifier.verify(await sign(rsa))).rejects.toBeInstanceOf(KeySetUnavailable);
  });
});

describe('development tokens are HS256 with the configured secret, and nothing else', () => {
  const secret = 'd'.repeat(40);
  const verifier = new SecretTokenVerifier({ secret, clockSkewSeconds: 30 });

  it('accepts a token minted with the secret', async () => {
    await expect(verifier.verify(await mintToken(secret, { sub: 'dr-li', role: 'clinician', hospitalId: HOSPITAL }))).resolves.toEqual({
      userId: 'dr-li',
      role: 'clinician',
      hospitalId: HOSPITAL,
    });
  });

  const refused: Array<[string, () => Promise<string>, RegExp]> = [
    ['an unsigned token (alg: none)', async () => unsigned({ sub: 'dr-li', role: 'coordinator', exp: now() + 600 }), /alg: none/],
    ['an RS256 token (no algorithm confusion)', async () => sign(await signingKey('rsa-dev', 'RS256')), /algorithm/],
    ['a token signed with another secret', () => mintToken('e'.repeat(40), { sub: 'dr-li', role: 'coordinator' }), /signature/],
    ['an expired token', () => mintToken(secret, { sub: 'dr-li', role: 'coordinator' }, -120), /expired/],
  ];

  it.each(refused)('refuses %s', async (_kind, makeToken, reason) => {
    const rejection = await verifier.verify(await makeToken()).catch((error: unknown) => error);
    expect(rejection).toBeInstanceOf(InvalidToken);
    expect((rejection as InvalidToken).reason).toMatch(reason);
  });
});

describe('token configuration', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'telemed-token-config-'));
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

  it('demands https for the key set, except on a loopback address', () => {
    const provider = { AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE };
    expect(problemsOf({ ...provider, AUTH_JWKS_URL: 'http://id.example.org/jwks.json' })).toEqual([expect.stringMatching(/https/)]);
    expect(problemsOf({ ...provider, AUTH_JWKS_URL: 'https://id.example.org/jwks.json' })).toEqual([]);
    expect(problemsOf({ ...provider, AUTH_JWKS_URL: 'http://127.0.0.1:8080/jwks.json' })).toEqual([]);
    expect(problemsOf({ ...provider, AUTH_JWKS_URL: 'http://localhost:8080/jwks.json' })).toEqual([]);
    expect(problemsOf({ ...provider, AUTH_JWKS_URL: 'not a url' })).toEqual([expect.stringMatching(/must be a URL/)]);
  });

  it('demands an issuer and an audience with a key set', () => {
    expect(problemsOf({ AUTH_JWKS_URL: 'https://id.example.org/jwks.json' })).toEqual([
      expect.stringMatching(/AUTH_ISSUER is required/),
      expect.stringMatching(/AUTH_AUDIENCE is required/),
    ]);
  });

  it('bounds the clock skew', () => {
    expect(problemsOf({ AUTH_CLOCK_SKEW_SECONDS: '-1' })).toEqual([expect.stringMatching(/AUTH_CLOCK_SKEW_SECONDS/)]);
    expect(loadConfig({ DATA_DIR: dataDir }).security.tokens.clockSkewSeconds).toBe(30);
  });

  it("asks the console's provider for tokens the API accepts: an audience among AUTH_AUDIENCE, and the openid scope", () => {
    const provider = { AUTH_JWKS_URL: 'https://id.example.org/jwks.json', AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: `${AUDIENCE},urn:telemed:reports`, OIDC_ISSUER: ISSUER, OIDC_CLIENT_ID: 'telemed-console' };
    expect(loadConfig({ DATA_DIR: dataDir, ...provider }).security.oidc).toEqual({ issuer: ISSUER, clientId: 'telemed-console', scopes: 'openid profile', audience: AUDIENCE });
    expect(loadConfig({ DATA_DIR: dataDir, ...provider, OIDC_AUDIENCE: 'urn:telemed:reports' }).security.oidc?.audience).toBe('urn:telemed:reports');
    expect(problemsOf({ ...provider, OIDC_AUDIENCE: 'urn:somewhere-else' })).toEqual([expect.stringMatching(/OIDC_AUDIENCE must be one of AUTH_AUDIENCE/)]);
    expect(problemsOf({ ...provider, OIDC_SCOPES: 'profile email' })).toEqual([expect.stringMatching(/OIDC_SCOPES must include openid/)]);
  });

  it('generates no development secret when tokens come from an identity provider', () => {
    const config = loadConfig({ DATA_DIR: join(dataDir, 'oidc'), AUTH_JWKS_URL: 'https://id.example.org/jwks.json', AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE });
    expect({ jwtSecret: config.jwtSecret, generated: config.jwtSecretGenerated }).toEqual({ jwtSecret: '', generated: false });
  });
});
