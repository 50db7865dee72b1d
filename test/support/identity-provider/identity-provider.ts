import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ProviderAccount {
  role: 'coordinator' | 'clinician' | 'expert' | 'auditor';
  hospitalId?: string;
  name: string;
  password: string;
  /** This person's access tokens last this long (the provider's default otherwise). */
  accessTokenTtlSeconds?: number;
  /** false: no refresh token, so the console cannot renew the access token. */
  renews?: boolean;
}

export interface IdentityProviderOptions {
  clientId: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  /** The API's resource indicator: the `aud` of the access tokens. */
  audience: string;
  accounts: Record<string, ProviderAccount>;
  accessTokenTtlSeconds?: number;
  /** A port chosen beforehand (the API must be told the issuer before the provider runs). */
  port?: number;
}

export interface ProviderTokens {
  access_token: string;
  id_token: string;
  refresh_token?: string;
  expires_in: number;
}

/** A free TCP port on the loopback address, for a process started next. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The issuer a provider started on `port` answers as. */
export const issuerOn = (port: number): string => `http://127.0.0.1:${port}`;

/** The test OpenID provider (identity-provider.mjs), in its own process. */
export class IdentityProvider {
  private constructor(
    private readonly child: ChildProcess,
    private readonly directory: string,
    readonly issuer: string,
    private readonly options: IdentityProviderOptions,
  ) {}

  get jwksUrl(): string {
    return `${this.issuer}/jwks`;
  }

  static async start(options: IdentityProviderOptions): Promise<IdentityProvider> {
    const port = options.port ?? (await freePort());
    const directory = await mkdtemp(join(tmpdir(), 'telemed-idp-'));
    writeFileSync(join(directory, 'accounts.json'), JSON.stringify(options.accounts));
    const child = spawn(process.execPath, [join(__dirname, 'identity-provider.mjs')], {
      env: {
        ...process.env,
        PORT: String(port),
        CLIENT_ID: options.clientId,
        REDIRECT_URIS: options.redirectUris.join(','),
        POST_LOGOUT_REDIRECT_URIS: (options.postLogoutRedirectUris ?? []).join(','),
        AUDIENCE: options.audience,
        ACCOUNTS_FILE: join(directory, 'accounts.json'),
        ACCESS_TOKEN_TTL_SECONDS: String(options.accessTokenTtlSeconds ?? 600),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const look = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('listening ')) resolve();
      };
      child.stdout!.on('data', look);
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.once('exit', () => reject(new Error(`the identity provider exited before listening:\n${output}`)));
    });
    return new IdentityProvider(child, directory, issuerOn(port), options);
  }

  /** Replaces the accounts people may sign in with (read at every sign-in). */
  setAccounts(accounts: Record<string, ProviderAccount>): void {
    writeFileSync(join(this.directory, 'accounts.json'), JSON.stringify(accounts));
  }

  /**
   * Signs in as a browser would, over plain HTTP: the authorization request with PKCE, the
   * provider's sign-in and consent forms, then the code exchanged at the token endpoint.
   */
  async signIn(login: string, password: string): Promise<ProviderTokens> {
    const cookies = new Map<string, string>();
    const verifier = randomBytes(32).toString('base64url');
    const redirectUri = this.options.redirectUris[0];
    const authorize = new URL(`${this.issuer}/auth`);
    authorize.search = new URLSearchParams({
      client_id: this.options.clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'openid profile',
      resource: this.options.audience,
      state: randomBytes(8).toString('hex'),
      nonce: randomBytes(8).toString('hex'),
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString();

    const send = async (url: string, form?: Record<string, string>): Promise<Response> => {
      const response = await fetch(url, {
        method: form ? 'POST' : 'GET',
        redirect: 'manual',
        headers: {
          cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
          ...(form && { 'content-type': 'application/x-www-form-urlencoded' }),
        },
        ...(form && { body: new URLSearchParams(form).toString() }),
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const at = pair.indexOf('=');
        cookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
      return response;
    };

    let url = authorize.toString();
    for (let step = 0; step < 12; step++) {
      const response = await send(url);
      const location = response.headers.get('location');
      if (!location) throw new Error(`the provider answered ${response.status} at ${url}: ${await response.text()}`);
      const next = new URL(location, url);
      if (next.toString().startsWith(redirectUri)) {
        const code = next.searchParams.get('code');
        if (!code) throw new Error(`the provider refused: ${next.searchParams.get('error')} ${next.searchParams.get('error_description')}`);
        return this.exchange(code, verifier, redirectUri);
      }
      const interaction = /^\/interaction\/([^/]+)$/.exec(next.pathname);
      if (interaction) {
        const page = await (await send(next.toString())).text();
        const prompt: Record<string, string> = page.includes('name="login"') ? { prompt: 'login', login, password } : { prompt: 'consent' };
        const submitted = await send(next.toString(), prompt);
        if (!submitted.headers.get('location')) throw new Error(`the provider answered ${submitted.status} to the ${prompt.prompt} form`);
        url = new URL(submitted.headers.get('location')!, next).toString();
        continue;
      }
      url = next.toString();
    }
    throw new Error('the sign-in did not come back to the client');
  }

  private async exchange(code: string, verifier: string, redirectUri: string): Promise<ProviderTokens> {
    const response = await fetch(`${this.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        client_id: this.options.clientId,
        code_verifier: verifier,
        resource: this.options.audience,
      }).toString(),
    });
    if (!response.ok) throw new Error(`the token endpoint answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as ProviderTokens;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.kill('SIGTERM');
      await exited;
    }
    await rm(this.directory, { recursive: true, force: true });
  }
}
