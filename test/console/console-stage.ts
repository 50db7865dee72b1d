import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { BackboneProcess, ensureBuilt, killLeftoverBackbones } from '../recovery/backbone-process';
import { type AxeViolation, launchChromium, newPerson, type Person, screenshotBothLanguages, seriousViolations } from './browser';

/**
 * What a browser suite of the console stands on: a real backbone (`npm start` on a fresh data
 * directory, in the embedded development mode, where the console offers development sign-in), a
 * Chromium, the people at it, and the accessibility findings of each screen it checked.
 */
export class ConsoleStage {
  url = '';
  browser!: Browser;
  readonly people: Person[] = [];
  readonly accessibility: Record<string, AxeViolation[]> = {};
  private backbone?: BackboneProcess;
  private dataDir = '';

  constructor(
    private readonly name: string,
    private readonly environment: Record<string, string> = {},
  ) {}

  async open(): Promise<void> {
    ensureBuilt();
    this.dataDir = await mkdtemp(join(tmpdir(), `telemed-${this.name}-`));
    // No configured secret: the embedded development mode.
    this.backbone = new BackboneProcess(this.dataDir, '', { AUTH_JWT_SECRET: '', RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0', ...this.environment });
    this.url = await this.backbone.url;
    this.browser = await launchChromium();
  }

  async close(): Promise<void> {
    await this.browser?.close();
    await this.backbone?.stop();
    await killLeftoverBackbones();
    if (this.dataDir) await rm(this.dataDir, { recursive: true, force: true });
  }

  /** A call of the API as a script would make it: a GET, or a POST of the body; anything but 2xx throws. */
  api = async (path: string, token: string | null, body?: object): Promise<Record<string, string>> => {
    const response = await fetch(`${this.url}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      ...(body && { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as Record<string, string>;
  };

  /** A person at a browser of their own. */
  person = async (): Promise<Person> => {
    const created = await newPerson(this.browser, this.url);
    this.people.push(created);
    return created;
  };

  /** Development sign-in as a person does it: a role, then the hospital, the expert or a user name. */
  signIn = async (page: Page, role: string, choice: { hospital?: string; expert?: string; user?: string }): Promise<void> => {
    await page.goto('/');
    await page.getByLabel('Role').selectOption(role);
    if (choice.hospital) await page.getByLabel('Hospital').selectOption(choice.hospital);
    if (choice.expert) await page.getByRole('combobox', { name: /^Expert/ }).selectOption(choice.expert);
    if (choice.user) await page.getByLabel('User name').fill(choice.user);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  };

  /** The screen once drawn: its accessibility findings kept, its screenshots taken in both languages. */
  check = async (page: Page, screen: string): Promise<void> => {
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    this.accessibility[screen] = await seriousViolations(page);
    await screenshotBothLanguages(page, screen);
  };
}

/** A stage opened before the suite's tests and closed after them. */
export function consoleStage(name: string, environment: Record<string, string> = {}): ConsoleStage {
  const stage = new ConsoleStage(name, environment);
  beforeAll(() => stage.open());
  afterAll(() => stage.close());
  return stage;
}
