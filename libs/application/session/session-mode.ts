import type { AppConfig } from '@telemed/runtime';

export type SessionConfig =
  | { mode: 'development' }
  | { mode: 'oidc'; issuer: string; clientId: string; scopes: string; audience?: string }
  | { mode: 'token' };

/**
 * How the console signs people in:
 * - `oidc`: with the configured OpenID provider (authorization code with PKCE);
 * - `development`: the embedded mode's generated secret and no provider, where anyone at the
 *   machine may pick who they are;
 * - `token`: a shared secret configured by hand and no provider: a token minted with the CLI is pasted.
 */
export function sessionConfigOf(config: AppConfig): SessionConfig {
  const { oidc } = config.security;
  if (oidc) return { mode: 'oidc', issuer: oidc.issuer, clientId: oidc.clientId, scopes: oidc.scopes, ...(oidc.audience && { audience: oidc.audience }) };
  if (isDevelopmentMode(config)) return { mode: 'development' };
  return { mode: 'token' };
}

/** Development sign-in exists only with the generated secret and no identity provider's keys. */
export function isDevelopmentMode(config: AppConfig): boolean {
  return config.jwtSecretGenerated && config.security.tokens.jwksUrl === undefined;
}
