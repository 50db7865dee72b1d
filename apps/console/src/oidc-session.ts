import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { currentToken, signIn, signOut } from './session';

/** What GET /v1/session/config says of the provider. */
export interface ProviderSettings {
  issuer: string;
  clientId: string;
  scopes: string;
  audience?: string;
}

const SETTINGS_KEY = 'telemed.oidc-provider';
export const CALLBACK_PATH = '/sign-in/callback';

let manager: UserManager | undefined;

/**
 * The console's client of the OpenID provider (authorization code with PKCE), loaded only when the
 * API announces one. Its state lives in this tab's sessionStorage like the token. The access token
 * is renewed before it expires with the refresh token, when the provider gives one; when it cannot
 * be renewed, the person is signed out as it expires and asked to sign in again.
 */
function managerFor(settings: ProviderSettings): UserManager {
  if (manager) return manager;
  const origin = window.location.origin;
  manager = new UserManager({
    authority: settings.issuer,
    client_id: settings.clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: settings.scopes,
    ...(settings.audience && { resource: settings.audience }),
    loadUserInfo: false,
    // Renewed below, with the refresh token only: a hidden frame of the provider's page is never
    // opened (the console's policy allows no frames, and many providers refuse being framed).
    automaticSilentRenew: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
  manager.events.addUserLoaded((user: User) => {
    // A renewal: the same person, a fresh token. The first sign-in is completed by completeSignIn.
    if (currentToken() && user.access_token) signIn(user.access_token, 'oidc');
  });
  const users = manager;
  users.events.addAccessTokenExpiring(() => {
    void users.getUser().then((user) => {
      // Without a refresh token the session ends with the token, and the sign-in page says so.
      if (user?.refresh_token) return users.signinSilent().catch(() => undefined);
    });
  });
  users.events.addAccessTokenExpired(() => signOut('expired'));
  return users;
}

function storedSettings(): ProviderSettings | null {
  const stored = sessionStorage.getItem(SETTINGS_KEY);
  return stored ? (JSON.parse(stored) as ProviderSettings) : null;
}

/** Leaves for the provider's sign-in page; it comes back to CALLBACK_PATH. */
export async function startSignIn(settings: ProviderSettings, returnTo: string): Promise<void> {
  sessionStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  await managerFor(settings).signinRedirect({ state: { returnTo } });
}

/** Back from the provider: the code exchanged for tokens; the access token and where to go next. */
export async function completeSignIn(): Promise<{ accessToken: string; returnTo: string }> {
  const settings = storedSettings();
  if (!settings) throw new Error('no sign-in was started in this tab');
  const user = await managerFor(settings).signinRedirectCallback();
  const returnTo = (user.state as { returnTo?: unknown } | undefined)?.returnTo;
  // Only a path of this console: never somewhere a crafted state names.
  const safe = typeof returnTo === 'string' && returnTo.startsWith('/') && !returnTo.startsWith('//') && !returnTo.startsWith(CALLBACK_PATH);
  return { accessToken: user.access_token, returnTo: safe ? returnTo : '/' };
}

/** A page loaded while signed in: the renewal timers start again from the stored user. */
export async function resumeProviderSession(): Promise<void> {
  const settings = storedSettings();
  if (!settings) return;
  const user = await managerFor(settings).getUser();
  if (!user || user.expired) signOut('expired');
}

export async function forgetProviderUser(): Promise<void> {
  const settings = storedSettings();
  if (settings) await managerFor(settings).removeUser();
}

/** Ends the session at the provider too, which shows its own page and comes back to the console. */
export async function signOutAtProvider(): Promise<void> {
  const settings = storedSettings();
  if (!settings) return;
  const users = managerFor(settings);
  const user = await users.getUser();
  await users.removeUser();
  await users.signoutRedirect({ ...(user?.id_token && { id_token_hint: user.id_token }) });
}
