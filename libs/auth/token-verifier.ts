import { SignJWT } from 'jose';
import { AuthenticatedUser, isUserRole, requiresHospital, UserRole } from './roles';

/** A token the caller sent that proves nothing: answered 401 with `reason` as the detail. */
export class InvalidToken extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'InvalidToken';
  }
}

/** The identity provider's keys could not be fetched: not the caller's fault, so not a 401. */
export class KeySetUnavailable extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'KeySetUnavailable';
  }
}

/** Turns a bearer token into the caller, or throws InvalidToken (or KeySetUnavailable). */
export abstract class TokenVerifier {
  abstract verify(token: string): Promise<AuthenticatedUser>;

  /** The keys tokens are verified with, as an identity that changes when they do (a refetched key set). */
  keySet(): unknown {
    return undefined;
  }
}

/** The caller named by verified claims: `sub`, a known `role`, and `hospitalId` for the roles that act for one. */
export function userFromClaims(payload: Record<string, unknown>): AuthenticatedUser {
  const { sub, role, hospitalId } = payload;
  if (typeof sub !== 'string' || sub === '') throw new InvalidToken('the token has no subject');
  if (!isUserRole(role)) throw new InvalidToken('the token has no known role');
  if (requiresHospital(role) && (typeof hospitalId !== 'string' || hospitalId === '')) {
    throw new InvalidToken(`a ${role} token must name a hospitalId`);
  }
  return { userId: sub, role, ...(typeof hospitalId === 'string' && hospitalId !== '' && { hospitalId }) };
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
