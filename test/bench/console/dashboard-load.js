'use strict';
/**
 * Time to interactive of the coordinator's dashboard on the README's generated programme
 * (`scenario --seed 7 --scale 1 --months 36`): Debian's Chromium opens /dashboard with a signed-in
 * coordinator, and each run measures, from the start of the navigation, when the page is first
 * painted and when it shows the year's counts (totals, chart and table rows) with its controls
 * enabled: the first render a person can read and use. Each run is a fresh browser context (cold
 * HTTP cache, a new page load); the server keeps running between runs, as it does for its users.
 *
 *   npm run build                                   # the API, the CLI and the console (dist/)
 *   node test/bench/console/dashboard-load.js       # BENCH_DASHBOARD_RUNS=7 by default
 *
 * The browser's wall clock is set to 1 December 2025 (Beijing time), so the dashboard opens on 2025, the
 * programme's last full year, as a coordinator would see it then; durations are measured in the
 * page with the Performance API (navigation start, first contentful paint) and by the bench
 * itself from the moment it asks for the page.
 */
const { execFileSync, spawn } = require('node:child_process');
const { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { chromium } = require('playwright-core');
const { settings } = require('../lib/settings');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? 7);
const SCENARIO = ['--seed', '7', '--scale', '1', '--months', '36'];
const BROWSER_NOW = '2025-12-01T02:00:00Z';
const DIST = join(settings.root, 'dist');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitUntilReady(base, server) {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (server.exitCode !== null) throw new Error(`the backbone exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/health/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the backbone was not ready within 60 s');
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One page load: the Performance API's figures, and the bench's own clock around the whole of it. */
async function measureOnce(browser, base, token) {
  const context = await browser.newContext({ baseURL: base, locale: 'en-GB', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 860 } });
  // Only the wall clock is moved (Date), so that the Performance API's clock and entries stay the browser's own.
  await context.addInitScript((now) => {
    const RealDate = Date;
    const offset = now - RealDate.now();
    class ProgrammeDate extends RealDate {
      constructor(...args) {
        if (args.length === 0) super(RealDate.now() + offset);
        else super(...args);
      }
      static now() {
        return RealDate.now() + offset;
      }
    }
    globalThis.Date = ProgrammeDate;
  }, Date.parse(BROWSER_NOW));
  await context.addInitScript((value) => sessionStorage.setItem('telemed.token', value), token);
  const page = await context.newPage();
  let scriptBytes = 0;
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scriptBytes += Number((await response.headerValue('content-length')) ?? 0);
  });
  const started = process.hrtime.bigint();
  await page.goto('/dashboard', { waitUntil: 'commit' });
  // The first render with data: the totals, at least one month in the table, and the CSV download enabled.
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="completed-total"]') !== null &&
      document.querySelectorAll('table tbody tr').length > 0 &&
      document.querySelector('.chart svg') !== null &&
      [...document.querySelectorAll('button')].some((button) => /csv/i.test(button.textContent ?? '') && !button.disabled),
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  const benchMs = Number(process.hrtime.bigint() - started) / 1e6;
  const figures = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      interactiveMs: performance.now(),
      domContentLoadedMs: navigation ? navigation.domContentLoadedEventEnd : null,
      firstContentfulPaintMs: paint ? paint.startTime : null,
      months: document.querySelectorAll('table tbody tr').length,
      completed: document.querySelector('[data-testid="completed-total"]')?.textContent ?? null,
    };
  });
  await context.close();
  return { ...figures, benchMs, scriptBytes };
}

async function main() {
  for (const file of ['apps/api/src/main.js', 'apps/cli/src/main.js', 'console/index.html']) {
    if (!existsSync(join(DIST, file))) throw new Error(`dist/${file} is missing: run npm run build first`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'telemed-dashboard-bench-'));
  let server;
  let browser;
  try {
    // No AUTH_JWT_SECRET: the embedded development mode, whose development sign-in gives the coordinator a token.
    const env = { ...process.env, DATA_DIR: dataDir, AUTH_JWT_SECRET: '', LOG_LEVEL: 'warn' };
    const scenarioStarted = process.hrtime.bigint();
    execFileSync(process.execPath, [join(DIST, 'apps/cli/src/main.js'), 'scenario', ...SCENARIO], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    const scenarioSeconds = Number(process.hrtime.bigint() - scenarioStarted) / 1e9;

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [join(DIST, 'apps/api/src/main.js')], {
      env: { ...env, PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitUntilReady(base, server);
    const signIn = await fetch(`${base}/v1/session/dev-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'coordinator', sub: 'coordinator-bench' }),
    });
    if (signIn.status !== 200) throw new Error(`development sign-in answered ${signIn.status}`);
    const { token } = await signIn.json();
    const head = await (await fetch(`${base}/health`)).json();

    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless', '--disable-gpu', '--no-first-run'] });
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measureOnce(browser, base, token));

    const result = {
      programme: `scenario ${SCENARIO.join(' ')}`,
      events: Number(head.eventStore.head),
      scenarioSeconds: Number(scenarioSeconds.toFixed(1)),
      runs: RUNS,
      months: runs[0].months,
      completedIn2025: runs[0].completed,
      scriptBytes: runs[0].scriptBytes,
      medianMs: {
        firstContentfulPaint: Math.round(median(runs.map((run) => run.firstContentfulPaintMs ?? NaN))),
        domContentLoaded: Math.round(median(runs.map((run) => run.domContentLoadedMs ?? NaN))),
        interactiveWithData: Math.round(median(runs.map((run) => run.interactiveMs))),
        interactiveWithDataBench: Math.round(median(runs.map((run) => run.benchMs))),
      },
      firstRunMs: Math.round(runs[0].interactiveMs),
      slowestMs: Math.round(Math.max(...runs.map((run) => run.interactiveMs))),
    };
    mkdirSync(settings.resultsDir, { recursive: true });
    writeFileSync(join(settings.resultsDir, 'console-dashboard.json'), `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(
      [
        `dashboard of ${result.programme} (${result.events} events, generated in ${result.scenarioSeconds} s), ${RUNS} page loads:`,
        `  first contentful paint      ${result.medianMs.firstContentfulPaint} ms (median)`,
        `  DOMContentLoaded            ${result.medianMs.domContentLoaded} ms (median)`,
        `  interactive, with the data  ${result.medianMs.interactiveWithData} ms (median; first load ${result.firstRunMs} ms, slowest ${result.slowestMs} ms)`,
        `  the same by the bench clock ${result.medianMs.interactiveWithDataBench} ms (median, from asking for the page)`,
        `  ${result.months} months shown, ${result.completedIn2025} consultations completed in 2025; ${Math.round(result.scriptBytes / 1024)} KB of script loaded (as served)`,
        '',
      ].join('\n'),
    );
  } finally {
    await browser?.close();
    server?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
