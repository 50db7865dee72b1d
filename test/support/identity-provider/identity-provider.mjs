// A real OpenID Connect provider (the `oidc-provider` package) for the tests: the console's client,
// one account per person the tests sign in as, and access tokens for the API as signed JWTs that
// carry the claims the API reads (`role`, `hospitalId`). Run as its own process (the package is an
// ES module); it prints `listening <issuer>` once it answers.
//
// Environment: PORT; CLIENT_ID; REDIRECT_URIS and POST_LOGOUT_REDIRECT_URIS (comma-separated);
// AUDIENCE (the API's resource indicator); ACCOUNTS_FILE (JSON: { "<sub>": { role, hospitalId?,
// name, password, accessTokenTtlSeconds?, renews? } }, read at every sign-in, so a test may add
// accounts as it registers people); ACCESS_TOKEN_TTL_SECONDS, for accounts that name none.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Provider, { errors } from 'oidc-provider';

const port = Number(process.env.PORT);
const issuer = `http://127.0.0.1:${port}`;
const audience = process.env.AUDIENCE;
const accessTokenTTL = Number(process.env.ACCESS_TOKEN_TTL_SECONDS ?? 600);
const list = (value) => (value ?? '').split(',').filter((item) => item !== '');

function accounts() {
  return JSON.parse(readFileSync(process.env.ACCOUNTS_FILE, 'utf8'));
}

// A signing key of this run only: a token signed by any other key is foreign.
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: `test-${randomBytes(4).toString('hex')}`, alg: 'RS256', use: 'sig' };

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.CLIENT_ID,
      token_endpoint_auth_method: 'none',
      application_type: 'web',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: list(process.env.REDIRECT_URIS),
      post_logout_redirect_uris: list(process.env.POST_LOGOUT_REDIRECT_URIS),
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  claims: { openid: ['sub'], profile: ['name'] },
  async findAccount(_ctx, sub) {
    const account = accounts()[sub];
    if (!account) return undefined;
    return { accountId: sub, claims: async () => ({ sub, name: account.name }) };
  },
  features: {
    // The provider's own sign-in and consent pages; the password is checked below.
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => audience,
      useGrantedResource: () => true,
      getResourceServerInfo(_ctx, indicator) {
        if (indicator !== audience) throw new errors.InvalidTarget();
        // No accessTokenTTL here: the token's lifetime is the account's (ttl.AccessToken below).
        return { scope: 'telemed', audience, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } };
      },
    },
    rpInitiatedLogout: { enabled: true },
  },
  // The claims the API reads, from the account, in every access token it is given.
  async extraTokenClaims(_ctx, token) {
    const account = accounts()[token.accountId];
    return account ? { role: account.role, ...(account.hospitalId && { hospitalId: account.hospitalId }) } : undefined;
  },
  // Refresh tokens let the console renew its access token without a page of the provider; an
  // account with `renews: false` gets none, as from a provider that gives browsers none.
  issueRefreshToken: async (_ctx, client, code) => client.grantTypeAllowed('refresh_token') && accounts()[code.accountId]?.renews !== false,
  ttl: {
    AccessToken: (_ctx, token) => accounts()[token.accountId]?.accessTokenTtlSeconds ?? accessTokenTTL,
    IdToken: accessTokenTTL,
    RefreshToken: 3600,
    Session: 3600,
    Grant: 3600,
    Interaction: 600,
  },
  renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = `<!DOCTYPE html><title>Error</title><h1>${out.error}</h1><p>${out.error_description ?? ''}</p>`;
  },
});
provider.proxy = false;

// The development sign-in page takes any login; this provider takes only its accounts' passwords.
provider.use(async (ctx, next) => {
  if (ctx.method === 'POST' && /^\/interaction\/[^/]+$/.test(ctx.path)) {
    const raw = await new Promise((resolve) => {
      let body = '';
      ctx.req.on('data', (chunk) => (body += chunk));
      ctx.req.on('end', () => resolve(body));
    });
    const form = new URLSearchParams(raw);
    if (form.get('prompt') === 'login') {
      const account = accounts()[form.get('login') ?? ''];
      if (!account || account.password !== form.get('password')) {
        ctx.status = 401;
        ctx.type = 'html';
        ctx.body = '<!DOCTYPE html><title>Sign-in refused</title><h1>Wrong login or password</h1>';
        return;
      }
    }
    // Hand the body on as it came: the provider parses it again.
    ctx.req.body = raw;
  }
  await next();
});

provider.listen(port, '127.0.0.1', () => process.stdout.write(`listening ${issuer}\n`));
