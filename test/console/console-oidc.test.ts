import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { BackboneProcess, ensureBuilt, killLeftoverBackbones } from '../recovery/backbone-process';
import { freePort, IdentityProvider, issuerOn, type ProviderAccount } from '../support/identity-provider/identity-provider';
import { launchChromium, newPerson, type Person, screenshotBothLanguages, seriousViolations } from './browser';

/**
 * The console signing people in with a real OpenID provider (authorization code with PKCE): each
 * role goes through the provider's sign-in and consent pages and lands on its own home screen, the
 * token is renewed without a page of the provider, and signing out ends the provider's session too.
 */
jest.setTimeout(180_000);

const AUDIENCE = 'urn:telemed:api';
const CLIENT_ID = 'telemed-console';
/** Short, so that the console renews it (a minute before expiry) while the test watches. */
const ACCESS_TOKEN_TTL_SECONDS = 70;

describe('signing in to the console with an OpenID provider', () => {
  let backbone: BackboneProcess;
  let provider: IdentityProvider;
  let dataDir: string;
  let url: string;
  let browser: Browser;
  const people: Person[] = [];
  const accounts: Record<string, ProviderAccount> = {
    'coordinator-wang': { role: 'coordinator', name: 'Wang Fang', password: 'coordinator-password' },
    'auditor-zhou': { role: 'auditor', name: 'Zhou Min', password: 'auditor-password' },
  };

  async function api(path: string, token: string, body?: object): Promise<Record<string, string>> {
    const response = await fetch(`${url}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      ...(body && { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as Record<string, string>;
  }

  async function person(): Promise<Person> {
    const created = await newPerson(browser, url);
    people.push(created);
    return created;
  }

  /** Through the provider's own pages, as a person does it. */
  async function signInAtProvider(page: Page, login: string, password: string) {
    await page.getByRole('button', { name: 'Continue to sign-in' }).click();
    await page.waitForURL((address) => address.origin === provider.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill(password);
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click(); // the consent page
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  const tokenIn = (page: Page) => page.evaluate(() => sessionStorage.getItem('telemed.token'));

  beforeAll(async () => {
    ensureBuilt();
    dataDir = await mkdtemp(join(tmpdir(), 'telemed-console-oidc-'));
    const [providerPort, backbonePort] = [await freePort(), await freePort()];
    // No configured secret, as in the development mode: the provider's configuration must win.
    backbone = new BackboneProcess(dataDir, '', {
      PORT: String(backbonePort),
      AUTH_JWKS_URL: `${issuerOn(providerPort)}/jwks`,
      AUTH_ISSUER: issuerOn(providerPort),
      AUTH_AUDIENCE: AUDIENCE,
      OIDC_ISSUER: issuerOn(providerPort),
      OIDC_CLIENT_ID: CLIENT_ID,
      RATE_LIMIT_PER_MINUTE: '0',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
    });
    url = await backbone.url;
    provider = await IdentityProvider.start({
      port: providerPort,
      clientId: CLIENT_ID,
      audience: AUDIENCE,
      redirectUris: [`${url}/sign-in/callback`],
      postLogoutRedirectUris: [`${url}/`],
      accounts,
      accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await backbone?.stop();
    await provider?.stop();
    await killLeftoverBackbones();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('offers the provider, not development sign-in, whose route does not exist', async () => {
    const { page, problems } = await person();
    await page.goto('/');
    await page.getByRole('button', { name: 'Continue to sign-in' }).waitFor();
    await expect(page.getByLabel('Role').count()).resolves.toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotBothLanguages(page, 'sign-in-provider');
    const devToken = await fetch(`${url}/v1/session/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"role":"coordinator","sub":"x"}' });
    expect(devToken.status).toBe(404);
    expect(problems).toEqual([]);
  });

  it("takes each role through the provider's pages to its own home screen, and a deep link back to where it led", async () => {
    const coordinator = await person();
    await coordinator.page.goto('/');
    await signInAtProvider(coordinator.page, 'coordinator-wang', 'coordinator-password');
    await coordinator.page.waitForURL(`${url}/dashboard`);
    await coordinator.page.getByText('coordinator-wang · Coordinator').waitFor();

    // The network, registered with the coordinator's token from the provider.
    const token = (await tokenIn(coordinator.page))!;
    const kashgar = await api('/v1/hospitals', token, { name: "Kashgar No. 2 People's Hospital", nameZh: '喀什地区第二人民医院', region: 'Xinjiang', timezone: 'Asia/Shanghai' });
    const shanghai = await api('/v1/hospitals', token, { name: 'Shanghai Renji Hospital', nameZh: '上海交通大学医学院附属仁济医院', region: 'Shanghai', timezone: 'Asia/Shanghai' });
    const cardiology = await api(`/v1/hospitals/${shanghai.id}/departments`, token, { name: 'Department of Cardiology', specialty: 'cardiology' });
    const expert = await api('/v1/experts', token, { name: 'Dr. Zhang Wei', hospitalId: shanghai.id, departmentId: cardiology.id, specialty: 'cardiology', title: 'chief-physician', licensedSince: '2012-09-01' });
    provider.setAccounts({
      ...accounts,
      'dr-aziz': { role: 'clinician', hospitalId: kashgar.id, name: 'Aziz', password: 'clinician-password' },
      [expert.id]: { role: 'expert', hospitalId: shanghai.id, name: 'Zhang Wei', password: 'expert-password' },
    });
    await api(`/v1/me?minPosition=${expert.position}`, token);

    const clinician = await person();
    await clinician.page.goto('/consultations/new');
    await signInAtProvider(clinician.page, 'dr-aziz', 'clinician-password');
    await clinician.page.waitForURL(`${url}/consultations/new`);
    await clinician.page.getByText("dr-aziz · Clinician · Kashgar No. 2 People's Hospital").waitFor();

    const expertPerson = await person();
    await expertPerson.page.goto('/');
    await signInAtProvider(expertPerson.page, expert.id, 'expert-password');
    await expertPerson.page.waitForURL(`${url}/inbox`);
    await expertPerson.page.getByText('Dr. Zhang Wei · Expert · Shanghai Renji Hospital').waitFor();

    const auditor = await person();
    await auditor.page.goto('/');
    await signInAtProvider(auditor.page, 'auditor-zhou', 'auditor-password');
    await auditor.page.waitForURL(`${url}/audit`);

    for (const { problems } of people) expect(problems).toEqual([]);
  });

  it('renews the access token before it expires, without leaving the screen', async () => {
    const { page } = people[people.length - 1]; // the auditor, signed in just now
    const first = await tokenIn(page);
    await page.waitForFunction((token) => sessionStorage.getItem('telemed.token') !== token, first, { timeout: ACCESS_TOKEN_TTL_SECONDS * 1000 });
    const renewed = (await tokenIn(page))!;
    expect(renewed).not.toBe(first);
    expect(new URL(page.url()).pathname).toBe('/audit');
    // The renewed token is the API's to accept.
    expect((await api('/v1/me', renewed)).role).toBe('auditor');
  });

  it('asks to sign in again, saying why, once a token it cannot renew expires', async () => {
    provider.setAccounts({ ...accounts, 'auditor-short': { role: 'auditor', name: 'Ma Lin', password: 'short-password', accessTokenTtlSeconds: 15, renews: false } });
    const { page, problems } = await person();
    await page.goto('/audit');
    await signInAtProvider(page, 'auditor-short', 'short-password');
    await page.waitForURL(`${url}/audit`);
    await page.getByRole('status').filter({ hasText: 'Your session has expired. Please sign in again.' }).waitFor({ timeout: 30_000 });
    expect(await tokenIn(page)).toBeNull();
    await page.getByRole('button', { name: 'Continue to sign-in' }).waitFor();
    expect(problems).toEqual([]);
  });

  it("signs out at the provider too, and comes back to the console's sign-in", async () => {
    const { page, problems } = people[1]; // the coordinator
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((address) => address.origin === provider.issuer);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.getByRole('button', { name: 'Continue to sign-in' }).waitFor();
    expect(await tokenIn(page)).toBeNull();
    // The provider's session is over: signing in asks for the password again.
    await page.getByRole('button', { name: 'Continue to sign-in' }).click();
    await page.locator('input[name="password"]').waitFor();
    expect(problems).toEqual([]);
  });
});
