/** The signed-in person's token: kept in this tab's sessionStorage, never in a URL or a cookie. */
const KEY = 'telemed.token';
/** `oidc` when the token came from the OpenID provider, which then renews it and ends the session. */
const SOURCE_KEY = 'telemed.token-source';

export interface Claims {
  sub: string;
  role: 'coordinator' | 'clinician' | 'expert' | 'auditor';
  hospitalId?: string;
  exp?: number;
}

export type TokenSource = 'oidc' | 'console';
/** Why the last session ended without the person signing out: said on the sign-in page. */
export type Ending = 'expired' | 'refused';

let token: string | null = sessionStorage.getItem(KEY);
let ending: Ending | null = null;
const listeners = new Set<() => void>();

export function currentToken(): string | null {
  if (token && expired(token)) signOut('expired');
  return token;
}

export function tokenSource(): TokenSource {
  return sessionStorage.getItem(SOURCE_KEY) === 'oidc' ? 'oidc' : 'console';
}

export function signIn(newToken: string, source: TokenSource = 'console'): void {
  token = newToken;
  ending = null;
  sessionStorage.setItem(KEY, newToken);
  sessionStorage.setItem(SOURCE_KEY, source);
  listeners.forEach((listener) => listener());
}

/** Forgets the token here; `why` is told on the sign-in page. */
export function signOut(why?: Ending): void {
  const hadToken = token !== null;
  token = null;
  ending = why ?? null;
  sessionStorage.removeItem(KEY);
  if (hadToken && tokenSource() === 'oidc') void import('./oidc-session').then((oidc) => oidc.forgetProviderUser());
  listeners.forEach((listener) => listener());
}

/** The person's own sign-out: with a provider, its session ends too (it shows its own page, then comes back). */
export function endSession(): void {
  const fromProvider = tokenSource() === 'oidc';
  if (!fromProvider) return signOut();
  void import('./oidc-session').then((oidc) => oidc.signOutAtProvider()).finally(() => signOut());
}

export function lastEnding(): Ending | null {
  return ending;
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Who is signed in, not which token: a renewed token for the same person keeps the screens as they are. */
export function sessionIdentity(): string | null {
  const value = currentToken();
  if (!value) return null;
  const claims = claimsOf(value);
  return claims ? `${claims.sub} ${claims.role} ${claims.hospitalId ?? ''}` : value;
}

/** The token's claims, read (not verified: the API verifies) to know which screens to offer. */
export function claimsOf(value: string): Claims | null {
  try {
    const payload = value.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(decodeURIComponent(escape(atob(payload)))) as Claims;
  } catch {
    return null;
  }
}

function expired(value: string): boolean {
  const exp = claimsOf(value)?.exp;
  return exp !== undefined && exp * 1000 < Date.now();
}

// A page loaded while signed in with the provider picks up its renewal where it was.
if (token && tokenSource() === 'oidc') void import('./oidc-session').then((oidc) => oidc.resumeProviderSession());
