import type { TokenVerification } from '@telemed/auth';
import { integerSetting, listSetting, textSetting } from './settings';

/** Who may call and how hard: token verification, CORS, rate limits and server timeouts. */
export interface SecurityConfig {
  /**
   * Bearer tokens: against the identity provider's keys when `AUTH_JWKS_URL` is set (with `AUTH_ISSUER`,
   * `AUTH_AUDIENCE`, `AUTH_JWKS_COOLDOWN_SECONDS`), else HS256 with AUTH_JWT_SECRET; `AUTH_CLOCK_SKEW_SECONDS`.
   */
  tokens: Omit<TokenVerification, 'secret'>;
  /** Browser origins allowed to call the API (`CORS_ORIGINS`, comma-separated); none by default. */
  corsOrigins: string[];
  /** Requests per minute per user (`RATE_LIMIT_PER_MINUTE`) and per address without a valid token (`RATE_LIMIT_ANONYMOUS_PER_MINUTE`); 0 turns a limit off. */
  rateLimit: { perMinute: number; anonymousPerMinute: number };
  /**
   * The console signs in with this OpenID Connect provider (authorization code with PKCE) when
   * `OIDC_ISSUER` is set, with `OIDC_CLIENT_ID` and `OIDC_SCOPES` (space-separated, `openid` first);
   * it asks for access tokens meant for `audience` (`OIDC_AUDIENCE`, else the first of `AUTH_AUDIENCE`).
   */
  oidc?: { issuer: string; clientId: string; scopes: string; audience?: string };
  /** `SERVER_CONNECTION_TIMEOUT_MS` (idle socket), `SERVER_REQUEST_TIMEOUT_MS` (receiving a request), `SERVER_KEEP_ALIVE_TIMEOUT_MS`. */
  timeouts: { connectionTimeoutMs: number; requestTimeoutMs: number; keepAliveTimeoutMs: number };
}

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** Keys fetched over plain HTTP could be swapped in transit; only a loopback address is exempt. */
function readJwksUrl(raw: string | undefined, problems: string[]): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`AUTH_JWKS_URL must be a URL (got "${raw}")`);
    return undefined;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.test(url.hostname))) {
    problems.push(`AUTH_JWKS_URL must use https (plain http only for a loopback address); got "${raw}"`);
  }
  return url.toString();
}

function readOrigins(env: NodeJS.ProcessEnv, problems: string[]): string[] {
  const origins = listSetting(env, 'CORS_ORIGINS');
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      problems.push(`CORS_ORIGINS must list origins such as https://portal.example.org, without paths or wildcards (got "${origin}")`);
    }
  }
  return origins;
}

function readOidc(env: NodeJS.ProcessEnv, problems: string[]): Pick<SecurityConfig, 'oidc'> {
  const issuer = textSetting(env, 'OIDC_ISSUER');
  if (!issuer) return {};
  try {
    const url = new URL(issuer);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.test(url.hostname))) {
      problems.push(`OIDC_ISSUER must use https (plain http only for a loopback address); got "${issuer}"`);
    }
  } catch {
    problems.push(`OIDC_ISSUER must be a URL (got "${issuer}")`);
  }
  const clientId = env.OIDC_CLIENT_ID ?? '';
  if (clientId === '') problems.push('OIDC_CLIENT_ID is required when OIDC_ISSUER is set');
  if (!env.AUTH_JWKS_URL) problems.push("AUTH_JWKS_URL is required when OIDC_ISSUER is set: the API verifies the provider's tokens with its keys");
  const scopes = env.OIDC_SCOPES && env.OIDC_SCOPES.trim() !== '' ? env.OIDC_SCOPES.trim() : 'openid profile';
  if (!scopes.split(/\s+/).includes('openid')) problems.push(`OIDC_SCOPES must include openid (got "${scopes}")`);
  const audiences = listSetting(env, 'AUTH_AUDIENCE');
  const audience = textSetting(env, 'OIDC_AUDIENCE')?.trim() || audiences[0];
  if (audience !== undefined && audiences.length > 0 && !audiences.includes(audience)) {
    problems.push(`OIDC_AUDIENCE must be one of AUTH_AUDIENCE, or the API would refuse the tokens it asks for (got "${audience}")`);
  }
  return { oidc: { issuer, clientId, scopes, ...(audience !== undefined && { audience }) } };
}

/** The origins the console may connect to besides its own: the identity provider's, to exchange codes for tokens. */
export function consoleConnectOrigins(security: SecurityConfig): string[] {
  if (!security.oidc) return [];
  try {
    return [new URL(security.oidc.issuer).origin];
  } catch {
    return [];
  }
}

/** Reads the security settings; every bad value is added to `problems`. */
export function readSecurityConfig(env: NodeJS.ProcessEnv, problems: string[]): SecurityConfig {
  const jwksUrl = readJwksUrl(env.AUTH_JWKS_URL, problems);
  const issuer = textSetting(env, 'AUTH_ISSUER');
  const audience = listSetting(env, 'AUTH_AUDIENCE');
  if (env.AUTH_JWKS_URL) {
    if (!issuer) problems.push('AUTH_ISSUER is required when AUTH_JWKS_URL is set');
    if (audience.length === 0) problems.push('AUTH_AUDIENCE is required when AUTH_JWKS_URL is set');
  }
  const tokens = {
    ...(jwksUrl && { jwksUrl }),
    ...(issuer && { issuer }),
    ...(audience.length > 0 && { audience }),
    clockSkewSeconds: integerSetting(env, 'AUTH_CLOCK_SKEW_SECONDS', 30, 0, 600, problems),
    jwksCooldownSeconds: integerSetting(env, 'AUTH_JWKS_COOLDOWN_SECONDS', 30, 0, 3600, problems),
  };
  return {
    tokens,
    ...readOidc(env, problems),
    corsOrigins: readOrigins(env, problems),
    rateLimit: {
      perMinute: integerSetting(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000, problems),
      anonymousPerMinute: integerSetting(env, 'RATE_LIMIT_ANONYMOUS_PER_MINUTE', 60, 0, 1_000_000, problems),
    },
    timeouts: {
      connectionTimeoutMs: integerSetting(env, 'SERVER_CONNECTION_TIMEOUT_MS', 120_000, 0, 3_600_000, problems),
      requestTimeoutMs: integerSetting(env, 'SERVER_REQUEST_TIMEOUT_MS', 30_000, 0, 3_600_000, problems),
      keepAliveTimeoutMs: integerSetting(env, 'SERVER_KEEP_ALIVE_TIMEOUT_MS', 72_000, 1, 3_600_000, problems),
    },
  };
}
