import { jwtVerify } from 'jose';
import type { AuthenticatedUser } from './roles';
import { checkHeader, rejectionOf } from './token-rejections';
import { TokenVerifier, userFromClaims } from './token-verifier';

export interface SecretVerification {
  secret: string;
  clockSkewSeconds: number;
  issuer?: string;
  audience?: readonly string[];
}

const ALGORITHMS = ['HS256'];

/** Development tokens: HS256 with the shared secret in AUTH_JWT_SECRET. */
export class SecretTokenVerifier extends TokenVerifier {
  private readonly key: Uint8Array;

  constructor(private readonly settings: SecretVerification) {
    super();
    this.key = new TextEncoder().encode(settings.secret);
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    try {
      checkHeader(token, ALGORITHMS);
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ALGORITHMS,
        clockTolerance: this.settings.clockSkewSeconds,
        requiredClaims: ['exp', 'sub'],
        ...(this.settings.issuer && { issuer: this.settings.issuer }),
        ...(this.settings.audience && this.settings.audience.length > 0 && { audience: [...this.settings.audience] }),
      });
      return userFromClaims(payload);
    } catch (error) {
      throw rejectionOf(error);
    }
  }
}
