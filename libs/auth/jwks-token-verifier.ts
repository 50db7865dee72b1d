import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { AuthenticatedUser } from './roles';
import { checkHeader, rejectionOf } from './token-rejections';
import { KeySetUnavailable, TokenVerifier, userFromClaims } from './token-verifier';

export interface JwksVerification {
  /** The identity provider's JSON Web Key Set (OIDC `jwks_uri`). */
  jwksUrl: string;
  issuer: string;
  audience: readonly string[];
  clockSkewSeconds: number;
  /** After a refetch, how long a token with an unknown kid is refused without fetching again. */
  jwksCooldownSeconds: number;
}

/** The signatures an OIDC provider's keys make that this service accepts. */
export const OIDC_ALGORITHMS = ['RS256', 'ES256'];
const FETCH_TIMEOUT_MS = 5000;
const KEYS_MAX_AGE_MS = 10 * 60_000;

/**
 * Production tokens: signed by the identity provider with a key from its JWKS, chosen by `kid`.
 * Keys are cached; a token naming a kid not in the cache refetches the set (at most once per
 * cooldown), so a rotated-in key is picked up without a restart.
 */
export class JwksTokenVerifier extends TokenVerifier {
  private readonly keys: JWTVerifyGetKey;
  private readonly remote: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly settings: JwksVerification) {
    super();
    const remote = createRemoteJWKSet(new URL(settings.jwksUrl), {
      timeoutDuration: FETCH_TIMEOUT_MS,
      cooldownDuration: settings.jwksCooldownSeconds * 1000,
      cacheMaxAge: KEYS_MAX_AGE_MS,
    });
    this.remote = remote;
    this.keys = async (header, token) => {
      try {
        return await remote(header, token);
      } catch (error) {
        if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
        if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) throw error;
        throw new KeySetUnavailable('the identity provider\'s signing keys could not be fetched; try again shortly');
      }
    };
  }

  /** The key set as last fetched: a new object after every refetch. */
  override keySet(): unknown {
    return this.remote.jwks();
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    try {
      checkHeader(token, OIDC_ALGORITHMS);
      const { payload } = await jwtVerify(token, this.keys, {
        algorithms: OIDC_ALGORITHMS,
        issuer: this.settings.issuer,
        audience: [...this.settings.audience],
        clockTolerance: this.settings.clockSkewSeconds,
        requiredClaims: ['exp', 'sub'],
      });
      return userFromClaims(payload);
    } catch (error) {
      throw rejectionOf(error);
    }
  }
}
