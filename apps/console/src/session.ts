/** The signed-in person's token: kept in this tab's sessionStorage, never in a URL or a cookie. */
const KEY = 'telemed.token';

export interface Claims {
  sub: string;
  role: 'coordinator' | 'clinician' | 'expert' | 'auditor';
  hospitalId?: string;
  exp?: number;
}

let token: string | null = sessionStorage.getItem(KEY);
const listeners = new Set<() => void>();

export function currentToken(): string | null {
  if (token && expired(token)) signOut();
  return token;
}

export function signIn(newToken: string): void {
  token = newToken;
  sessionStorage.setItem(KEY, newToken);
  listeners.forEach((listener) => listener());
}

export function signOut(): void {
  token = null;
  sessionStorage.removeItem(KEY);
  listeners.forEach((listener) => listener());
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
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
