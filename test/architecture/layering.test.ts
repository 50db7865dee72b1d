import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

/**
 * The shape of the code: an app stands on libs only, and a lib never reaches up into an app.
 * Every import, export, require and dynamic import under apps/ and libs/ is resolved to the
 * folder it lands in and checked against those two rules.
 */
const ROOT = resolve(__dirname, '..', '..');
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;
const SKIPPED = new Set(['node_modules', 'dist']);

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : sourcesUnder(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** Where a module specifier points, relative to the repository root; undefined for a package. */
function targetOf(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) return relative(ROOT, resolve(dirname(join(ROOT, file)), specifier));
  const alias = /^@telemed\/([^/]+)(\/.*)?$/.exec(specifier);
  return alias ? `libs/${alias[1]}${alias[2] ?? ''}` : undefined;
}

/** `apps/<name>` or `libs` for a path inside one of them. */
function layerOf(path: string): string | undefined {
  const [top, name] = path.split('/');
  if (top === 'apps') return `apps/${name}`;
  return top === 'libs' ? 'libs' : undefined;
}

export function layeringBreaches(file: string, text: string): string[] {
  const from = layerOf(file);
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map(({ fileName }) => ({ specifier: fileName, target: targetOf(file, fileName) }))
    .filter(({ target }) => {
      const to = target === undefined ? undefined : layerOf(target);
      return to !== undefined && to !== from && to.startsWith('apps/');
    })
    .map(({ specifier }) => `${file} imports ${specifier}`);
}

describe('layering', () => {
  it('keeps every app on libs and every lib off the apps', () => {
    const files = [...sourcesUnder(join(ROOT, 'apps')), ...sourcesUnder(join(ROOT, 'libs'))].map((path) => relative(ROOT, path));
    expect(files.length).toBeGreaterThan(300);
    const breaches = files.flatMap((file) => layeringBreaches(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(breaches).toEqual([]);
  });

  it('sees a breach in every form an import can take', () => {
    expect(layeringBreaches('apps/cli/src/x.ts', "import { A } from '../../api/src/a';")).toEqual(["apps/cli/src/x.ts imports ../../api/src/a"]);
    expect(layeringBreaches('apps/cli/src/x.ts', "export * from '../../relay/src/b';")).toHaveLength(1);
    expect(layeringBreaches('apps/cli/src/x.ts', "const c = require('../../projector/src/c');")).toHaveLength(1);
    expect(layeringBreaches('libs/domain/x.ts', "const d = await import('../../apps/api/src/d');")).toHaveLength(1);
    expect(layeringBreaches('libs/projections/x.ts', "import type { E } from '../../apps/console/src/e';")).toHaveLength(1);
  });

  it('lets an app use itself, the libs and packages', () => {
    const text = [
      "import { A } from './a';",
      "import { B } from '../../../../libs/domain/b';",
      "import { C } from '@telemed/application/c';",
      "import { D } from '@nestjs/common';",
    ].join('\n');
    expect(layeringBreaches('apps/api/src/x/y.ts', text)).toEqual([]);
    expect(layeringBreaches('libs/application/x.ts', "import { E } from '../domain/e';")).toEqual([]);
  });
});
