import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { AuthenticatedUser, isUserRole, requiresHospital, UserRole } from './roles';

export class InvalidToken extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'InvalidToken';
  }
}

const CLOCK_TOLERANCE_SECONDS = 30;

/** Verifies HS256 bearer tokens and turns their claims into the caller. */
export class TokenVerifier {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], clockTolerance: CLOCK_TOLERANCE_SECONDS }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new InvalidToken('the token has expired');
      if (error instanceof joseErrors.JOSEError) throw new InvalidToken('the token is not valid');
      throw error;
    }
    const { sub, role, hospitalId } = payload;
    if (typeof sub !== 'string' || sub === '') throw new InvalidToken('the token has no subject');
    if (!isUserRole(role)) throw new InvalidToken('the token has no known role');
    if (requiresHospital(role) && (typeof hospitalId !== 'string' || hospitalId === '')) {
      throw new InvalidToken(`a ${role} token must name a hospitalId`);
    }
    return { userId: sub, role, ...(typeof hospitalId === 'string' && hospitalId !== '' && { hospitalId }) };
  }
}

export interface TokenClaims {
  sub: string;
  role: UserRole;
  hospitalId?: string;
}

/** Mints an HS256 token, for development and tests; production tokens come from the identity provider. */
export async function mintToken(secret: string, claims: TokenClaims, ttlSeconds = 8 * 3600): Promise<string> {
  return new SignJWT({ role: claims.role, ...(claims.hospitalId && { hospitalId: claims.hospitalId }) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(new TextEncoder().encode(secret));
}
