// Turns an OpenAPI document (a file, or standard input) into the console's TypeScript types, on standard output.
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync } from 'node:fs';

const HEADER = '// Generated from the API\'s /docs-json by apps/console/scripts/generate-api-types.mjs; do not edit.\n\n';

export async function typesOf(document) {
  const ast = await openapiTS(document, { alphabetize: true, exportType: true });
  return HEADER + astToString(ast);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const source = process.argv[2] ? readFileSync(process.argv[2], 'utf8') : readFileSync(0, 'utf8');
  process.stdout.write(await typesOf(JSON.parse(source)));
}
