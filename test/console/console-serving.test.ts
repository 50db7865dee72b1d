import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>';

describe('the API serves the console', () => {
  let t: TestApp;
  let consoleDir: string;

  beforeAll(async () => {
    consoleDir = await mkdtemp(join(tmpdir(), 'telemed-console-'));
    await mkdir(join(consoleDir, 'assets'));
    await writeFile(join(consoleDir, 'index.html'), INDEX);
    await writeFile(join(consoleDir, 'assets', 'index-Ab12Cd34.js'), 'console.log("console")');
    t = await startTestApp({ consoleDir });
  });

  afterAll(async () => {
    await t.close();
    await rm(consoleDir, { recursive: true, force: true });
  });

  it('answers its page at / and at every route of its own, never cached, under the strict content policy', async () => {
    for (const path of ['/', '/consultations/3f0c7c1e-0000-4000-8000-000000000000', '/audit/verify']) {
      const page = await t.http.get(path);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toBe(INDEX);
      expect(page.headers['cache-control']).toBe('no-cache');
      const policy = page.headers['content-security-policy'].split(';');
      expect(policy).toEqual(expect.arrayContaining(["script-src 'self'", "style-src 'self'", "default-src 'self'", "frame-ancestors 'none'"]));
      expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    }
  });

  it('serves its hashed files as immutable for a year', async () => {
    const asset = await t.http.get('/assets/index-Ab12Cd34.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it("leaves the API's paths to the API: an unknown one is a problem document, not the console's page", async () => {
    expectProblem(await t.http.get('/v1/no-such-route'), 404, 'route-not-found');
    expectProblem(await t.http.get('/assets/missing.js'), 404);
    expectProblem(await t.http.get('/health/nothing'), 404, 'route-not-found');
    expect((await t.http.get('/health')).body.status).toBe('ok');
    expect((await t.http.get('/docs-json')).body.openapi).toMatch(/^3\./);
  });

  it('keeps inline styles allowed only for the API documentation page', async () => {
    const documentation = await t.http.get('/docs/');
    expect(documentation.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
  });
});
