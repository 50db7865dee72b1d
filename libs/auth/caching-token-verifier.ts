import { decodeJwt } from 'jose';
import type { AuthenticatedUser } from './roles';
import { TokenVerifier } from './token-verifier';

export interface TokenCacheSettings {
  /** Tokens remembered at most; the oldest is forgotten first. */
  maxEntries?: number;
  /** How long a verified token is trusted without verifying it again. */
  maxAgeMs?: number;
  /** Tolerance for `exp` on the verifier's side, so a remembered token is never trusted past it. */
  clockSkewSeconds: number;
  now?: () => number;
}

/**
 * Remembers tokens that verified, for a minute at most and never past their expiry (plus the
 * allowed skew): a client sends the same bearer token with every request, and a signature check
 * per request is work for nothing. Refusals are never remembered, so every refusal says why anew.
 * A token is remembered with the key set it verified against: once the provider's set is
 * refetched (a key rotated in or withdrawn), every token is verified again.
 */
export class CachingTokenVerifier extends TokenVerifier {
  private readonly verified = new Map<string, { user: AuthenticatedUser; trustedUntil: number; keySet: unknown }>();
  private readonly maxEntries: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(
    private readonly inner: TokenVerifier,
    private readonly settings: TokenCacheSettings,
  ) {
    super();
    this.maxEntries = settings.maxEntries ?? 10_000;
    this.maxAgeMs = settings.maxAgeMs ?? 60_000;
    this.now = settings.now ?? Date.now;
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    const known = this.verified.get(token);
    const now = this.now();
    if (known && now < known.trustedUntil && known.keySet === this.inner.keySet()) return known.user;
    if (known) this.verified.delete(token);
    const user = await this.inner.verify(token);
    const { exp } = decodeJwt(token); // verified: exp is present and in the future (within the skew)
    const trustedUntil = Math.min(now + this.maxAgeMs, ((exp ?? 0) + this.settings.clockSkewSeconds) * 1000);
    if (this.verified.size >= this.maxEntries) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { user, trustedUntil, keySet: this.inner.keySet() });
    return user;
  }
}
