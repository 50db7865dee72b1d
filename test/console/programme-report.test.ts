import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { BackboneProcess, ensureBuilt, killLeftoverBackbones } from '../recovery/backbone-process';
import { runBuiltCli } from '../support/cli-process';
import { launchChromium, newPerson, screenshotBothLanguages } from './browser';

/**
 * The coordinator's programme report in a real browser, for a programme the scenario's preset
 * generated: the table in both languages, and the spreadsheet it downloads carries the API's figures.
 */
jest.setTimeout(240_000);

describe('the programme report in the console', () => {
  let backbone: BackboneProcess;
  let dataDir: string;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    ensureBuilt();
    dataDir = await mkdtemp(join(tmpdir(), 'telemed-console-report-'));
    const generated = await runBuiltCli(['scenario', '--preset', 'shanghai-group-aid', '--scale', '0.1', '--months', '14', '--start', '2019-01-01'], { DATA_DIR: dataDir, AUTH_JWT_SECRET: '' });
    expect(generated.code).toBe(0);
    backbone = new BackboneProcess(dataDir, '', { AUTH_JWT_SECRET: '', RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0' });
    url = await backbone.url;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await backbone?.stop();
    await killLeftoverBackbones();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('the coordinator opens the report, switches the language, and downloads a spreadsheet whose figures are the API’s', async () => {
    const { page, problems } = await newPerson(browser, url);
    await page.goto('/');
    await page.getByLabel('Role').selectOption('coordinator');
    await page.getByLabel('User name').fill('coordinator-wang');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Programme report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Programme report' }).waitFor();
    await page.getByTestId('programme-report').waitFor();
    await page.getByRole('rowheader', { name: 'Remote consultations' }).waitFor();
    await screenshotBothLanguages(page, 'coordinator-programme-report');

    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await page.getByRole('heading', { level: 1, name: '帮扶项目报表' }).waitFor();
    await page.getByRole('rowheader', { name: '远程会诊（例）' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 XLSX' }).click()]);
    const file = join(dataDir, 'report.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    const bytes = await readFile(file);
    // exceljs declares its own Buffer as an ArrayBuffer: hand it the bytes as one.
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const fromFile: Record<string, number> = {};
    workbook.worksheets[0].eachRow((row) => {
      const values = row.values as unknown[];
      if (typeof values[1] === 'string' && typeof values[values.length - 1] === 'number') fromFile[values[1]] = values[values.length - 1] as number;
    });

    const { token } = (await (await fetch(`${url}/v1/session/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'coordinator', sub: 'coordinator-wang' }) })).json()) as { token: string };
    const report = (await (await fetch(`${url}/v1/reports/programme?programme=group-aid`, { headers: { authorization: `Bearer ${token}` } })).json()) as { figures: Array<{ key: string; total: number }> };
    expect(fromFile).toEqual(Object.fromEntries(report.figures.map((figure) => [figure.key, figure.total])));
    expect(report.figures.find((figure) => figure.key === 'consultations')!.total).toBeGreaterThan(0);

    // A total opens the events behind it.
    await page.getByTestId('total-postedSpecialists').click();
    const posted = report.figures.find((figure) => figure.key === 'postedSpecialists')!.total;
    await page.getByTestId('figure-events').locator('tbody tr').nth(Math.min(posted, 100) - 1).waitFor();
    expect(problems).toEqual([]);
  });
});
