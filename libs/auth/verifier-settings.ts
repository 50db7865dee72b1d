import { CachingTokenVerifier } from './caching-token-verifier';
import { JwksTokenVerifier } from './jwks-token-verifier';
import { SecretTokenVerifier } from './secret-token-verifier';
import type { TokenVerifier } from './token-verifier';

/** How bearer tokens are verified: against the identity provider's keys when a JWKS URL is set, else HS256. */
export interface TokenVerification {
  /** HS256 secret of development tokens; unused when `jwksUrl` is set. */
  secret: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: readonly string[];
  clockSkewSeconds: number;
  jwksCooldownSeconds: number;
}

export function createTokenVerifier(settings: TokenVerification): TokenVerifier {
  return new CachingTokenVerifier(signatureVerifier(settings), { clockSkewSeconds: settings.clockSkewSeconds });
}

function signatureVerifier(settings: TokenVerification): TokenVerifier {
  if (settings.jwksUrl) {
    if (!settings.issuer || !settings.audience || settings.audience.length === 0) {
      throw new Error('verifying tokens against a JWKS needs an issuer and an audience');
    }
    return new JwksTokenVerifier({ ...settings, jwksUrl: settings.jwksUrl, issuer: settings.issuer, audience: settings.audience });
  }
  return new SecretTokenVerifier(settings);
}
