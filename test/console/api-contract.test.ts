import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app';

const ROOT = resolve(__dirname, '../..');
const COMMITTED_TYPES = join(ROOT, 'libs/client/schema.ts');

describe("the typed client (libs/client), the console's and integrators'", () => {
  let t: TestApp;
  let scratch: string;

  beforeAll(async () => {
    t = await startTestApp({ developmentMode: true });
    scratch = await mkdtemp(join(tmpdir(), 'telemed-contract-'));
  });

  afterAll(async () => {
    await t.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('is generated from the API document the backbone serves: regenerate it (npm run console:api-types) when this fails', async () => {
    const document = join(scratch, 'docs.json');
    await writeFile(document, (await t.http.get('/docs-json')).text);
    const generated = execFileSync(process.execPath, [join(ROOT, 'apps/console/scripts/api-types.mjs'), document], { encoding: 'utf8' });
    expect(generated).toBe(readFileSync(COMMITTED_TYPES, 'utf8'));
  });
});
