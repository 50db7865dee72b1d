/// <reference lib="dom" />
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { REPOSITORY_ROOT } from '../recovery/backbone-process';

/** Debian's Chromium, installed by the test script; Playwright's own browsers are not downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(REPOSITORY_ROOT, 'test-results', 'console');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Person {
  context: BrowserContext;
  page: Page;
  /** Content-Security-Policy violations and uncaught errors the page reported. */
  problems: string[];
}

/**
 * A person at their own browser (a context of their own: own storage, own token). axe-core is
 * injected by the browser itself before any page script, so the page's strict policy stays on.
 */
export async function newPerson(browser: Browser, baseURL: string): Promise<Person> {
  const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 860 } });
  await context.addInitScript({ content: AXE_SOURCE });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { context, page, problems };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's violations of impact serious or critical on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((node) => ({ target: node.target })) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** A screenshot of the page in English and in Chinese, switched as a person would, then back. */
export async function screenshotBothLanguages(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const language = page.locator('.language select').first();
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.en.png`), fullPage: true });
  await language.selectOption('zh');
  await page.locator('html[lang="zh-CN"]').waitFor();
  await nextFrames(page);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.zh.png`), fullPage: true });
  await language.selectOption('en');
  await page.locator('html[lang="en"]').waitFor();
  await nextFrames(page);
}

/** Two animation frames later, React has committed what the last event changed. */
function nextFrames(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
