import { decodeProtectedHeader, errors } from 'jose';
import { InvalidToken, KeySetUnavailable } from './token-verifier';

/**
 * Refuses, before any key is looked up, a token that is not a signed JWS or that names an
 * algorithm outside `accepted`; `alg: none` gets a detail of its own.
 */
export function checkHeader(token: string, accepted: readonly string[]): void {
  if (token.split('.').length !== 3) throw new InvalidToken('the token is not a signed JSON Web Token (JWS compact form)');
  let alg: unknown;
  try {
    ({ alg } = decodeProtectedHeader(token));
  } catch {
    throw new InvalidToken('the token is not a JSON Web Token');
  }
  if (typeof alg !== 'string' || alg.toLowerCase() === 'none') throw new InvalidToken('unsigned tokens (alg: none) are not accepted');
  if (!accepted.includes(alg)) throw new InvalidToken(`the token's signing algorithm is not accepted; accepted: ${accepted.join(', ')}`);
}

const CLAIM_PROBLEMS: Record<string, string> = {
  nbf: 'the token is not valid yet (its nbf is in the future)',
  iss: 'the token was issued by an issuer this service does not trust',
  aud: 'the token is meant for another audience',
  iat: 'the token was issued in the future (iat)',
};

/** The reason a verification failed, in words a client can act on; errors that are not about the token pass through. */
export function rejectionOf(error: unknown): unknown {
  if (error instanceof InvalidToken || error instanceof KeySetUnavailable) return error;
  if (error instanceof errors.JWTExpired) return new InvalidToken('the token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return new InvalidToken(`the token has no "${error.claim}" claim`);
    return new InvalidToken(CLAIM_PROBLEMS[error.claim] ?? `the token's "${error.claim}" claim is not valid`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return new InvalidToken('the token signature does not verify');
  if (error instanceof errors.JWKSNoMatchingKey) {
    return new InvalidToken('the token is signed with a key the identity provider does not publish (unknown kid)');
  }
  if (error instanceof errors.JWKSMultipleMatchingKeys) return new InvalidToken('several keys match the token; it must name its key (kid)');
  if (error instanceof errors.JOSEAlgNotAllowed) return new InvalidToken('the token is signed with an algorithm this service does not accept');
  if (error instanceof errors.JOSEError) return new InvalidToken('the token is not valid');
  return error;
}
