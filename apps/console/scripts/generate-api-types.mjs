// Regenerates libs/client/schema.ts (the typed client's, which the console uses) from a running backbone's /docs-json (in development
// mode, so the development sign-in route is described too):
//   npm start   # elsewhere, on a fresh DATA_DIR without AUTH_JWT_SECRET
//   npm run console:api-types [-- http://127.0.0.1:3000]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { typesOf } from './api-types.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const response = await fetch(new URL('/docs-json', base));
if (!response.ok) throw new Error(`GET ${base}/docs-json answered ${response.status}`);
const target = fileURLToPath(new URL('../../../libs/client/schema.ts', import.meta.url));
writeFileSync(target, await typesOf(await response.json()));
console.log(`wrote ${target}`);
